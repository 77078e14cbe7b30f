using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Dashboard;
using Alliance.Web.Features.Members;
using Alliance.Web.Features.Objectives;
using Alliance.Web.Features.Sessions;
using Alliance.Web.Features.SteeringCommittee;
using Alliance.Web.Features.Workplans;

namespace Alliance.Web.Features;

public static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<CurrentUser>();
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, ClientAddress.OnCircuit>();
        services.AddSingleton<RequestAuditActor>();
        services.AddSingleton<Alliance.Data.Auditing.IAuditActorSource>(sp => sp.GetRequiredService<RequestAuditActor>());
        services.AddMemoryCache();
        services.AddSingleton<SessionStore>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<ChangeWriter>();
        services.AddScoped<DashboardService>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DashboardCacheInvalidator>();
        services.AddScoped<WorkplanService>();
        services.AddScoped<ProgressUpdateService>();
        services.AddScoped<ActivityAdministrationService>();
        services.AddScoped<SteeringCommitteeService>();
        services.AddScoped<SeatAdministrationService>();
        services.AddScoped<MemberRegisterService>();
        services.AddScoped<MemberAdministrationService>();
        services.AddScoped<UserAdministrationService>();
        services.AddScoped<ObjectiveService>();
        services.AddScoped<Plans.PlanService>();
        services.AddScoped<IndicatorAdministrationService>();
        services.AddScoped<Plans.PlanAdministrationService>();
        services.AddScoped<Plans.DemoPlanCycle>();
        services.AddScoped<Workplans.CoLeadAdministrationService>();
        services.AddScoped<AuditTrailService>();
        return services;
    }
}
