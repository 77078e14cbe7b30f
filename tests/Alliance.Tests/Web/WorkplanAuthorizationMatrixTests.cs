using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// Every role × own group / other group × every workplan operation (progress, add, edit, archive, restore), checked in the services
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
            // The activity's real latest update, so that only the permission check can stop this post.
            LastSeenUpdateId = await LatestUpdateIdAsync(activityId),
            SubmissionId = Guid.NewGuid(),
        });

        Assert.Equal(allowed ? FormAccess.Allowed : FormAccess.Forbidden, access);
        Assert.Equal(allowed ? ChangeOutcome.Saved : ChangeOutcome.Refused, result.Outcome);
        Assert.Equal(allowed ? 2 : 1, await CountUpdatesAsync(activityId));
    }

    public enum StructureOperation
    {
        Add,
        Edit,
        Archive,
        Restore,
    }

    public static TheoryData<string, Group, StructureOperation, bool> StructureCases()
    {
        var cases = new TheoryData<string, Group, StructureOperation, bool>();
        var allowedRoles = new Dictionary<string, bool>
        {
            ["admin@alliance.test"] = true,
            ["secretariat@alliance.test"] = true,
            ["lead@alliance.test"] = false,
            ["member@alliance.test"] = false,
        };
        foreach (var (email, allowed) in allowedRoles)
        {
            foreach (var group in Enum.GetValues<Group>())
            {
                foreach (var operation in Enum.GetValues<StructureOperation>())
                {
                    cases.Add(email, group, operation, allowed);
                }
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(StructureCases))]
    public async Task ManageStructure(string email, Group group, StructureOperation operation, bool allowed)
    {
        var activityId = await NewActivityAsync(group, archived: operation == StructureOperation.Restore);
        var (title, version, archived) = await ReadAsync(activityId);
        await using var scope = await portal.ScopeForUserAsync(email);
        var activities = scope.ServiceProvider.GetRequiredService<ActivityAdministrationService>();
        var newTitle = $"Matrix {operation} {Guid.NewGuid():N}";
        var form = new ActivityForm
        {
            Title = newTitle, ObjectiveCode = "A", CategoryCode = "evidence", StartDate = "2026-02-01", DueDate = "2027-06-30", Version = version,
        };

        var result = operation switch
        {
            StructureOperation.Add => await activities.AddAsync(Slug(group), form),
            StructureOperation.Edit => await activities.EditAsync(activityId, form),
            StructureOperation.Archive => await activities.ArchiveAsync(activityId, version),
            _ => await activities.RestoreAsync(activityId, version),
        };

        Assert.Equal(allowed ? ChangeOutcome.Saved : ChangeOutcome.Refused, result.Outcome);
        await using var db = CreateContext();
        var added = await db.Activities.AnyAsync(a => a.Title == newTitle);
        var after = await ReadAsync(activityId);
        switch (operation)
        {
            case StructureOperation.Add:
                Assert.Equal(allowed, added);
                break;
            case StructureOperation.Edit:
                Assert.Equal(allowed ? newTitle : title, after.Title);
                break;
            case StructureOperation.Archive:
                Assert.Equal(allowed, after.Archived);
                break;
            case StructureOperation.Restore:
                Assert.Equal(!allowed, after.Archived);
                break;
        }
        Assert.Equal(operation == StructureOperation.Restore, archived);
    }

    private static string Slug(Group group) => group == Group.Own ? "cpms" : "child-labour";

    private async Task<(string Title, Guid Version, bool Archived)> ReadAsync(int activityId)
    {
        await using var db = CreateContext();
        var activity = await db.Activities.SingleAsync(a => a.Id == activityId);
        return (activity.Title, db.VersionOf(activity), activity.IsArchived);
    }

    private Task<int> NewActivityAsync(Group group, bool archived = false) => portal.NewActivityAsync(Slug(group), archived);

    private async Task<int> LatestUpdateIdAsync(int activityId)
    {
        await using var db = CreateContext();
        return await db.ProgressUpdates.Where(u => u.ActivityId == activityId).MaxAsync(u => u.Id);
    }

    private async Task<int> CountUpdatesAsync(int activityId)
    {
        await using var db = CreateContext();
        return await db.ProgressUpdates.CountAsync(u => u.ActivityId == activityId);
    }

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();
}
