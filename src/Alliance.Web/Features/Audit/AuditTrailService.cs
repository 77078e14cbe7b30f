using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Domain.Accounts;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Audit;

/// <summary>Reads the audit trail for the secretariat and administrators: filtered and paged in the database.</summary>
public sealed class AuditTrailService(ChangeWriter changes, IStringLocalizer<AuditStrings> text)
{
    private Permission Staff => new(user => user.IsStaff, text["Refused"]);

    public Task<(FormAccess Access, AuditLog? Log)> GetPageAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, async db =>
        {
            var selected = Select(db, query);
            var total = await selected.CountAsync(cancellationToken);
            var pages = Math.Max(1, (total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
            var shown = query with { Page = Math.Min(query.Page, pages) };
            var rows = await selected.OrderByDescending(e => e.Id)
                .Skip((shown.Page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize)
                .ToListAsync(cancellationToken);
            var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
                .Select(u => new AuditPerson(u.Id, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
            return new AuditLog(shown, rows.Select(Row).ToList(), total, AuditEntity.All(db.Model), people);
        }, cancellationToken);

    /// <summary>Every line the query selects (not only one page), newest first, up to <see cref="AuditQuery.DownloadLimit"/>.</summary>
    public Task<(FormAccess Access, IReadOnlyList<AuditRow>? Rows)> GetExportAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync<IReadOnlyList<AuditRow>>(Staff, async db =>
            (await Select(db, query).OrderByDescending(e => e.Id).Take(AuditQuery.DownloadLimit).ToListAsync(cancellationToken))
                .Select(Row).ToList(), cancellationToken);

    private static IQueryable<AuditEntry> Select(AllianceDbContext db, AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Entity is { } entity)
        {
            entries = entries.Where(e => e.Entity == entity);
        }
        if (query.ActorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }
        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }
        return entries;
    }

    private static AuditRow Row(AuditEntry e) =>
        new(e.Id, e.At, e.ActorId, e.ActorName, e.Address, e.Action, e.Entity, e.EntityKey, e.Kind, Changes(e.Changes));

    private static IReadOnlyList<AuditChange> Changes(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .Select(field => field.Value.ValueKind == JsonValueKind.Object
                ? new AuditChange(field.Name, Text(field.Value, "old"), Text(field.Value, "new"))
                : new AuditChange(field.Name, null, field.Value.ToString()))
            .ToList();
    }

    private static string? Text(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
