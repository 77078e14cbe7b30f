using Alliance.Data;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// Every role × own group / other group × every workplan operation, checked in the services
/// against the database. "Own group" is the CPMS working group, which lead@alliance.test leads.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WorkplanAuthorizationMatrixTests(PortalFactory portal)
{
    public enum Group
    {
        Own,
        Other,
    }

    public static TheoryData<string, Group, bool> RecordProgressCases => new()
    {
        { "admin@alliance.test", Group.Own, true },
        { "admin@alliance.test", Group.Other, true },
        { "secretariat@alliance.test", Group.Own, true },
        { "secretariat@alliance.test", Group.Other, true },
        { "lead@alliance.test", Group.Own, true },
        { "lead@alliance.test", Group.Other, false },
        { "member@alliance.test", Group.Own, false },
        { "member@alliance.test", Group.Other, false },
    };

    [Theory]
    [MemberData(nameof(RecordProgressCases))]
    public async Task RecordProgress(string email, Group group, bool allowed)
    {
        var activityId = await NewActivityAsync(group);
        await using var scope = await portal.ScopeForUserAsync(email);
        var progress = scope.ServiceProvider.GetRequiredService<ProgressUpdateService>();
        var (access, context) = await progress.GetFormAsync(activityId);

        var result = await progress.RecordAsync(activityId, new ProgressForm
        {
            Status = nameof(ActivityStatus.AtRisk),
            PercentComplete = "55",
            Narrative = $"Matrix check by {email}.",
            Version = context?.Version ?? Guid.Empty,
            SubmissionId = Guid.NewGuid(),
        });

        Assert.Equal(allowed ? FormAccess.Allowed : FormAccess.Forbidden, access);
        Assert.Equal(allowed ? ProgressOutcome.Recorded : ProgressOutcome.Forbidden, result.Outcome);
        Assert.Equal(allowed ? 2 : 1, await CountUpdatesAsync(activityId));
    }

    private async Task<int> NewActivityAsync(Group group)
    {
        await using var db = CreateContext();
        var slug = group == Group.Own ? "cpms" : "child-labour";
        var workplan = await db.Workplans.Include(w => w.Activities).Include(w => w.Plan).ThenInclude(p => p.Objectives)
            .SingleAsync(w => w.WorkingGroup.Slug == slug);
        var activity = workplan.AddActivity(new ActivityDetails($"Matrix activity {Guid.NewGuid():N}", null, workplan.Plan.Objectives[0],
            await db.CategoriesOfWork.FirstAsync(), new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), null));
        activity.RecordProgress(new ProgressReport(ActivityStatus.OnTrack, 40, "Started.", null), "seed", "Seed", DateTime.UtcNow.AddDays(-1));
        await db.SaveChangesAsync();
        return activity.Id;
    }

    private async Task<int> CountUpdatesAsync(int activityId)
    {
        await using var db = CreateContext();
        return await db.ProgressUpdates.CountAsync(u => u.ActivityId == activityId);
    }

    private AllianceDbContext CreateContext() =>
        portal.Services.GetRequiredService<IDbContextFactory<AllianceDbContext>>().CreateDbContext();
}
