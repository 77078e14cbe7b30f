using Alliance.Data;
using Alliance.Domain.Workplans;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Support;

public static class TestActivities
{
    /// <summary>
    /// A fresh activity in a group's workplan, already 40% done (and archived if asked), so that
    /// each test owns its data in a database the test collection shares.
    /// </summary>
    public static async Task<int> NewActivityAsync(this WebApplicationFactory<Program> portal, string slug, bool archived = false, int lastUpdateDaysAgo = 1)
    {
        await using var db = portal.ArrangeDb();
        var workplan = await db.Workplans.Include(w => w.Activities).Include(w => w.Plan).ThenInclude(p => p.Objectives)
            .SingleAsync(w => w.WorkingGroup.Slug == slug);
        var activity = workplan.AddActivity(new ActivityDetails($"Test activity {Guid.NewGuid():N}", null, workplan.Plan.Objectives[0],
            await db.CategoriesOfWork.FirstAsync(), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-lastUpdateDaysAgo - 30)), DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)), null));
        activity.RecordProgress(new ProgressReport(ActivityStatus.OnTrack, 40, "Started.", null), "seed", "Seed", DateTime.UtcNow.AddDays(-lastUpdateDaysAgo));
        if (archived)
        {
            activity.Archive();
        }
        await db.SaveChangesAsync();
        return activity.Id;
    }
}
