using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Workplans;

public sealed record WorkingGroupListItem(
    string Slug, LocalizedText Name, string ShortName, WorkingGroupKind Kind, LocalizedText Mission,
    IReadOnlyList<string> CoLeads, int ActivityCount);

public sealed class WorkingGroupDirectoryService(IDbContextFactory<AllianceDbContext> dbFactory)
{
    public async Task<IReadOnlyList<WorkingGroupListItem>> GetGroupsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await db.WorkingGroups.AsNoTracking()
            .OrderBy(g => g.Kind == WorkingGroupKind.WorkingGroup ? 0 : 1).ThenBy(g => g.NameEn)
            .Select(g => new
            {
                g.Id, g.Slug, g.NameEn, g.NameFr, g.ShortName, g.Kind, g.MissionEn, g.MissionFr,
                CoLeads = g.CoLeads.OrderBy(c => c.Organisation.Name).Select(c => c.Organisation.Acronym ?? c.Organisation.Name).ToList(),
                Activities = db.Activities.Count(a => a.Workplan.WorkingGroupId == g.Id && !a.IsArchived),
            })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new WorkingGroupListItem(g.Slug, new(g.NameEn, g.NameFr), g.ShortName, g.Kind,
            new(g.MissionEn, g.MissionFr), g.CoLeads, g.Activities)).ToList();
    }
}
