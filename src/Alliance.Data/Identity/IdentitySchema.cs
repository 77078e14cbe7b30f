using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Data.Identity;

/// <summary>
/// Identity builds its tables from <see cref="IdentityOptions"/> found in the application's
/// services. The running app registers them; a context built anywhere else (design-time
/// tools, tests) has none and would silently build schema version 1 (STACK-NOTES trap 2), so
/// it is given <see cref="StandaloneServices"/>.
/// </summary>
public static class IdentitySchema
{
    public static Version Version => IdentitySchemaVersions.Version3;

    public static IServiceProvider StandaloneServices { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = Version)
        .BuildServiceProvider();
}
