using Alliance.Data;
using Alliance.Data.Auditing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Alliance.Tests.Support;

public static class TestDatabaseExtensions
{
    /// <summary>Who the audit trail names for what a test arranges directly in the database.</summary>
    public static AuditActor Arrangement { get; } = AuditActor.System("test arrangement");

    /// <summary>A context of the portal's own factory, for a test to arrange or read data directly.</summary>
    public static AllianceDbContext ArrangeDb(this WebApplicationFactory<Program> portal) => ArrangeDb(portal.Services);

    public static AllianceDbContext ArrangeDb(this IHost app) => ArrangeDb(app.Services);

    private static AllianceDbContext ArrangeDb(IServiceProvider services)
    {
        var db = services.GetRequiredService<IDbContextFactory<AllianceDbContext>>().CreateDbContext();
        db.Actor = Arrangement;
        return db;
    }
}
