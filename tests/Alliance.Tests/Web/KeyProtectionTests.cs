using System.Net;
using Alliance.Tests.Support;
using Alliance.Web.Hosting;

namespace Alliance.Tests.Web;

/// <summary>The data-protection keys in the database are encrypted with a certificate outside Development, and the portal will not start there without one.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task InProduction_EveryStoredKey_IsEncryptedWithTheCertificate_AndSignInWorks()
    {
        using var portal = new ProductionInstance(PortalFactory.NewDatabasePath(), TestCertificates.Create("CN=Alliance keys (encryption test)"));
        var client = await portal.SignedInClientAsync(ProductionTests.AdminEmail, ProductionTests.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/members")).StatusCode);
        var keys = portal.StoredKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task InDevelopment_WithoutACertificate_KeysAreStoredUnencrypted()
    {
        // The other side of the test above: what the assertions would see without encryption.
        using var portal = new PortalFactory();
        await portal.SignedInClientAsync("member@alliance.test");

        var keys = portal.StoredKeys();

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void InProduction_WithoutACertificate_ThePortalRefusesToStart_NamingTheSetting()
    {
        using var portal = new ProductionInstance(PortalFactory.NewDatabasePath(), certificatePath: null);

        var ex = Assert.ThrowsAny<Exception>(() => portal.CreateBrowserClient());

        Assert.Contains($"{KeyProtection.PathSetting} is not set", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InProduction_WithAWrongCertificatePassword_ThePortalRefusesToStart_NamingTheSetting()
    {
        using var portal = new ProductionInstance(PortalFactory.NewDatabasePath(), TestCertificates.SharedPath,
            (KeyProtection.PasswordSetting, "not-the-password"));

        var ex = Assert.ThrowsAny<Exception>(() => portal.CreateBrowserClient());

        Assert.Contains($"{KeyProtection.PathSetting}: cannot read the certificate", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains(KeyProtection.PasswordSetting, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InProduction_ACertificateWithoutItsPrivateKey_IsRefused()
    {
        var path = TestCertificates.CreateWithoutPrivateKey("CN=Alliance keys (public part only)");
        using var portal = new ProductionInstance(PortalFactory.NewDatabasePath(), path);

        var ex = Assert.ThrowsAny<Exception>(() => portal.CreateBrowserClient());

        Assert.Contains("holds no RSA private key", ex.ToString(), StringComparison.Ordinal);
    }
}
