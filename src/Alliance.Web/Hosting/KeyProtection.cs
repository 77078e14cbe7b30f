using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Alliance.Web.Hosting;

/// <summary>
/// The data-protection keys sign and encrypt the sign-in cookie, the form tokens and the circuits'
/// state; they sit in the database so that every instance shares them. Encrypted at rest with the
/// certificate <c>DataProtection:Certificate:Path</c> (a PFX file) and <c>:Password</c>, a copy of the
/// database alone forges nothing. Only Development may go without one (the framework then warns
/// that each new key is stored unencrypted); any other environment refuses to start.
/// </summary>
public static class KeyProtection
{
    public const string PathSetting = "DataProtection:Certificate:Path";
    public const string PasswordSetting = "DataProtection:Certificate:Password";

    public static IDataProtectionBuilder ProtectPortalKeys(this IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment) =>
        LoadCertificate(configuration, environment) is { } certificate
            // Also the certificate that decrypts them: no certificate store needed (Linux, containers).
            ? dataProtection.ProtectKeysWithCertificate(certificate)
            : dataProtection;

    /// <summary>The configured certificate; none only in Development; a clear refusal for anything unusable.</summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[PathSetting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return environment.IsDevelopment()
                ? null
                : throw new InvalidOperationException(
                    $"{PathSetting} is not set: outside Development the data-protection keys must be encrypted with a certificate (a PFX file with its private key, password in {PasswordSetting}; see README, \"In production\").");
        }
        var path = Path.GetFullPath(configured, environment.ContentRootPath);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"{PathSetting}: cannot read the certificate '{path}' ({e.Message.TrimEnd('.')}); check the file and {PasswordSetting}.", e);
        }
        // The XML encryption of the keys wraps them with RSA.
        using var privateKey = certificate.GetRSAPrivateKey();
        if (privateKey is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{PathSetting}: '{path}' holds no RSA private key; the data-protection keys need an RSA certificate with its private key.");
        }
        return certificate;
    }
}
