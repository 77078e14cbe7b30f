using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;
using Alliance.Tests.Domain;
using Alliance.Tests.Support;
using Alliance.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Web;

/// <summary>The dashboard's figures and edge cases, through the service, on a bare migrated SQLite file.</summary>
public sealed class DashboardServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2019, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task GetAsync_WithoutAPlan_ReturnsNull()
    {
        Assert.Null(await Service().GetAsync(DashboardFilter.None));
    }

    [Fact]
    public async Task ObjectiveWithoutActivities_OrWithOnlyCancelledOnes_HasNoCompletion_RatherThanZero()
    {
        await SeedAsync();

        var dashboard = (await Service().GetAsync(DashboardFilter.None))!;

        var b = dashboard.Objectives.Single(o => o.Code == "B");
        Assert.Equal(0, b.Activities);
        Assert.Null(b.Completion);
        Assert.Empty(b.Groups);
        var c = dashboard.Objectives.Single(o => o.Code == "C");
        Assert.Equal(1, c.ByStatus[ActivityStatus.Cancelled]);
        Assert.Null(c.Completion);
    }

    [Fact]
    public async Task Objective_CountsByStatus_MeanCompletion_OverdueAndContributingGroups()
    {
        await SeedAsync();

        var a = (await Service().GetAsync(DashboardFilter.None))!.Objectives.Single(o => o.Code == "A");

        Assert.Equal(3, a.Activities);
        Assert.Equal(2, a.ByStatus[ActivityStatus.NotStarted]);
        Assert.Equal(1, a.ByStatus[ActivityStatus.OnTrack]);
        Assert.Equal(13, a.Completion); // (40 + 0 + 0) / 3
        Assert.Equal(1, a.Overdue);
        Assert.Equal(["cpms", "quiet"], a.Groups.Select(g => g.Slug).Order());
    }

    [Fact]
    public async Task NeedsAttention_ListsTheOverdueActivity_AndOnlyTheGroupSilentForNinetyDays()
    {
        await SeedAsync();

        var dashboard = (await Service().GetAsync(DashboardFilter.None))!;

        var overdue = Assert.Single(dashboard.Overdue);
        Assert.Equal("Late report", overdue.Title);
        Assert.True(overdue.Reasons.HasFlag(AttentionReasons.Overdue));
        Assert.Equal(1, dashboard.OverdueTotal);
        Assert.Equal("quiet", Assert.Single(dashboard.SilentGroups).Group.Slug);
    }

    [Fact]
    public async Task Filters_ByGroupAndCategory_AreAppliedToEveryFigure_AndUnknownValuesAreIgnored()
    {
        await SeedAsync();
        var service = Service();

        var quiet = (await service.GetAsync(new DashboardFilter("quiet")))!;
        var unknown = (await service.GetAsync(new DashboardFilter("nobody", "nothing")))!;
        var advocacy = (await service.GetAsync(new DashboardFilter(CategoryCode: "advocacy")))!;

        Assert.Equal(1, quiet.Objectives.Single(o => o.Code == "A").Activities);
        Assert.Empty(quiet.Overdue);
        Assert.Equal(DashboardFilter.None, unknown.Filter);
        Assert.Equal(3, unknown.Objectives.Single(o => o.Code == "A").Activities);
        Assert.Equal(0, advocacy.Objectives.Sum(o => o.Activities));
        Assert.Equal(["standards", "advocacy"], advocacy.CategoryOptions.Select(c => c.Code));
    }

    public void Dispose() => _database.Dispose();

    private DashboardService Service() => new(new Factory(_database), new FixedClock(Now));

    private async Task SeedAsync()
    {
        await using var db = _database.CreateContext();
        var plan = DomainBuilders.NewPlan();
        var a = DomainBuilders.AddObjective(plan, "A");
        DomainBuilders.AddObjective(plan, "B");
        var c = DomainBuilders.AddObjective(plan, "C");
        var standards = DomainBuilders.Category(plan);
        var advocacy = plan.AddCategory("advocacy", new LocalizedText("Advocacy", "Plaidoyer"));
        plan.PutInForce();
        // The migrated database holds the kinds of group.
        var kinds = await db.GroupKinds.ToListAsync();
        var cpms = new Workplan(DomainBuilders.NewGroup("cpms", kinds.Single(k => k.Code == "working-group")), plan);
        var quiet = new Workplan(new WorkingGroup(new LocalizedText("Quiet task force", "Équipe discrète"), "Quiet TF", "quiet",
            kinds.Single(k => k.Code == "task-force"), new LocalizedText("Mission.", "Mission.")), plan);
        var start = new DateOnly(2018, 3, 1);
        var active = cpms.AddActivity(new ActivityDetails("Revise the standards", null, a, standards, start, new DateOnly(2019, 12, 31), null));
        active.RecordProgress(new ProgressReport(ActivityStatus.OnTrack, 40, "Consultations held.", null), "user-1", "Lead", Now.UtcDateTime.AddDays(-12));
        cpms.AddActivity(new ActivityDetails("Late report", null, a, standards, start, new DateOnly(2019, 1, 31), null));
        var dropped = cpms.AddActivity(new ActivityDetails("Dropped study", null, c, standards, start, new DateOnly(2019, 12, 31), null));
        dropped.RecordProgress(new ProgressReport(ActivityStatus.Cancelled, 0, "No funding.", null), "user-1", "Lead", Now.UtcDateTime.AddDays(-5));
        quiet.AddActivity(new ActivityDetails("Never reported", null, a, standards, start, new DateOnly(2019, 12, 31), null));
        var archived = cpms.AddActivity(new ActivityDetails("Archived work", null, a, standards, start, new DateOnly(2018, 6, 30), null));
        archived.Archive();
        db.AddRange(plan, advocacy, cpms, quiet);
        await db.SaveChangesAsync();
    }

    private sealed class Factory(SqliteTestDatabase database) : IDbContextFactory<AllianceDbContext>
    {
        public AllianceDbContext CreateDbContext() => database.CreateContext();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
