using Alliance.Data.Auditing;
using Alliance.Data.Backups;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Alliance.Data.Seeding;

/// <summary>
/// Brings a database to the state the portal needs at start-up: schema migrated, roles and the
/// plan's reference data present, then (if configured) the first administrator and demo data.
/// Every step checks first, so running it twice changes nothing.
/// </summary>
public sealed class DatabaseInitializer(
    AllianceDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<SeedOptions> seedOptions,
    SqliteInstanceLock.Holder instanceLock,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>What the audit trail says of the rows written at start-up.</summary>
    public const string StartUpAction = "start-up: reference data and seeding";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin@alliance.test", "Ada Okafor", AllianceRoles.Administrator),
        new("secretariat@alliance.test", "Sam Diallo", AllianceRoles.Secretariat),
        new("lead@alliance.test", "Léa Lead (CPMS WG)", AllianceRoles.WorkingGroupLead),
        new("lead2@alliance.test", "Kwame Lead (Child Labour TF)", AllianceRoles.WorkingGroupLead),
        new("member@alliance.test", "Mia Member", AllianceRoles.Member),
    ];

    public async Task InitializeAsync(bool isDevelopment, CancellationToken cancellationToken = default)
    {
        // Before anything touches the file: a restore under way refuses this start, and no restore runs under it.
        instanceLock.Hold();
        var seed = seedOptions.Value;
        db.Actor = AuditActor.System(StartUpAction);
        if (seed.Demo && !isDevelopment)
        {
            throw new InvalidOperationException("Seed:Demo creates accounts with a known password and is allowed only in the Development environment.");
        }

        if (db is SqliteAllianceDbContext sqlite)
        {
            sqlite.CreateFileIfMissing();
        }
        if (db.Database.IsSqlite() || databaseOptions.Value.MigrateAtStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in AllianceRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        await EnsureReferenceDataAsync(cancellationToken);
        await EnsureBootstrapAdministratorAsync(seed);
        if (seed.Demo)
        {
            await EnsureDemoDataAsync(seed.DemoPassword, seed.DemoAuthenticatorKey, cancellationToken);
        }
    }

    private async Task EnsureReferenceDataAsync(CancellationToken cancellationToken)
    {
        var storedKinds = await db.GroupKinds.Select(k => k.Code).ToListAsync(cancellationToken);
        db.GroupKinds.AddRange(ReferenceData.GroupKinds().Where(k => !storedKinds.Contains(k.Code)));
        var plan = ReferenceData.Plan2018To2020();
        var stored = await db.StrategicPlans.Include(p => p.Commitments)
            .SingleOrDefaultAsync(p => p.StartYear == plan.StartYear && p.EndYear == plan.EndYear, cancellationToken);
        if (stored is null)
        {
            db.StrategicPlans.Add(plan);
        }
        else
        {
            // A plan stored before the portal kept its mission, precepts or commitments gets the plan's own.
            ReferenceData.Complete2018To2020(stored);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureBootstrapAdministratorAsync(SeedOptions seed)
    {
        if (string.IsNullOrWhiteSpace(seed.AdminEmail) || string.IsNullOrWhiteSpace(seed.AdminPassword))
        {
            return;
        }
        if ((await users.GetUsersInRoleAsync(AllianceRoles.Administrator)).Count > 0)
        {
            return;
        }
        // Named by the portal for what it is, until its holder gives their own name on their profile (decision 0014).
        await EnsureUserAsync(new DemoAccount(seed.AdminEmail.Trim(), "Administrator", AllianceRoles.Administrator), seed.AdminPassword);
        logger.LogInformation("Created the first administrator {Email} from configuration", seed.AdminEmail);
    }

    private async Task EnsureDemoDataAsync(string password, string authenticatorKey, CancellationToken cancellationToken)
    {
        var accounts = new Dictionary<string, ApplicationUser>();
        foreach (var account in DemoAccounts)
        {
            // Demo names obey the rule people's names do (decision 0014): a person's name, not a role's.
            var user = accounts[account.Email] = await EnsureUserAsync(account with { DisplayName = AccountRules.DisplayName(account.DisplayName) }, password);
            // Staff reach staff pages only after a second factor: the demo staff have a known authenticator.
            if (account.Role is AllianceRoles.Administrator or AllianceRoles.Secretariat && !user.TwoFactorEnabled)
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", authenticatorKey), "set the demo authenticator");
                Check(await users.SetTwoFactorEnabledAsync(user, true), "enable two-factor sign-in");
            }
        }
        if (await db.WorkingGroups.AnyAsync(cancellationToken))
        {
            return;
        }

        var plan = await db.StrategicPlans.Include(p => p.Objectives).SingleAsync(p => p.StartYear == 2018 && p.EndYear == 2020, cancellationToken);
        var categories = await db.CategoriesOfWork.Where(c => c.StrategicPlanId == plan.Id).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var lead = accounts["lead@alliance.test"];
        var lead2 = accounts["lead2@alliance.test"];
        var secretariat = accounts["secretariat@alliance.test"];
        var kinds = await db.GroupKinds.ToListAsync(cancellationToken);
        var world = DemoData.Build(plan, categories, kinds,
            new DemoData.DemoPeople(lead.Id, lead.DisplayName, lead2.Id, lead2.DisplayName, secretariat.Id, secretariat.DisplayName));

        db.Organisations.AddRange(world.Organisations);
        db.WorkingGroups.AddRange(world.Groups);
        db.Workplans.AddRange(world.Workplans);
        db.SteeringCommitteeSeats.AddRange(world.Seats);
        if (!await db.StrategicPlans.AnyAsync(p => p.StartYear == 2021 && p.EndYear == 2025, cancellationToken))
        {
            db.StrategicPlans.Add(DemoData.Draft2021To2025());
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded demo data: {Organisations} organisations, {Groups} groups, {Seats} seats",
            world.Organisations.Count, world.Groups.Count, world.Seats.Count);
    }

    private async Task<ApplicationUser> EnsureUserAsync(DemoAccount account, string password)
    {
        var user = await users.FindByEmailAsync(account.Email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
            };
            Check(await users.CreateAsync(user, password), $"create {account.Email}");
        }
        if (!await users.IsInRoleAsync(user, account.Role))
        {
            Check(await users.AddToRoleAsync(user, account.Role), $"give {account.Email} the role {account.Role}");
        }
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    public sealed record DemoAccount(string Email, string DisplayName, string Role);
}
