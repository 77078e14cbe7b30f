using Alliance.Data.Seeding;
using Alliance.Web;
using Alliance.Web.Hosting;

if (DatabaseCommand.IsCommand(args))
{
    return await DatabaseCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAlliancePortal();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Environment.IsDevelopment());
    await scope.ServiceProvider.GetRequiredService<Alliance.Web.Features.Plans.DemoPlanCycle>().RunAsync();
}

app.UseAlliancePortal();
await app.RunAsync();
return 0;

public partial class Program;
