using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Alliance.Tests.Support;

/// <summary>Self-signed RSA certificates written to PFX files, as an operator would configure for the data-protection keys.</summary>
public static class TestCertificates
{
    public const string Password = "a-test-pfx-passphrase";

    private static readonly Lazy<string> s_shared = new(() => Create("CN=Alliance portal keys (tests)"));

    /// <summary>One certificate for every production portal of the run.</summary>
    public static string SharedPath => s_shared.Value;

    /// <summary>A new certificate's PFX file, deleted when the test run ends.</summary>
    public static string Create(string subject)
    {
        using var certificate = SelfSigned(subject);
        return Write(certificate);
    }

    /// <summary>A PFX file holding only the certificate, as exported by someone who forgot its private key.</summary>
    public static string CreateWithoutPrivateKey(string subject)
    {
        using var certificate = SelfSigned(subject);
        using var publicPart = X509CertificateLoader.LoadCertificate(certificate.RawData);
        return Write(publicPart);
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static string Write(X509Certificate2 certificate)
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliance-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
