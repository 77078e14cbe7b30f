namespace Alliance.Data.Seeding;

/// <summary>The "Seed" and "Bootstrap" configuration: demo data and the first administrator.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";
    public const string DefaultDemoPassword = "demo-alliance-2018";

    /// <summary>Load the demo groups, members, seats and accounts (true in Development).</summary>
    public bool Demo { get; set; }

    public string DemoPassword { get; set; } = DefaultDemoPassword;

    /// <summary>The demo's plan in force: "2021-2025" (2018–2020 closed, its unfinished work decided), or "2018-2020" (2021–2025 still a draft).</summary>
    public string DemoPlanInForce { get; set; } = "2021-2025";

    /// <summary>
    /// The authenticator key (base32) of the demo administrator and secretariat, who, like all staff,
    /// sign in with a second factor: add it to an authenticator app, or compute its codes.
    /// </summary>
    public const string DefaultDemoAuthenticatorKey = "ALLIANCEDEMOSTAFFKEYFORCPHASTAFF";

    public string DemoAuthenticatorKey { get; set; } = DefaultDemoAuthenticatorKey;

    /// <summary>With <see cref="AdminPassword"/>: creates this administrator at start-up if no administrator exists.</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
