using Alliance.Data.Seeding;
using Alliance.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddAlliancePortal();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Environment.IsDevelopment());
}

app.UseAlliancePortal();
await app.RunAsync();

public partial class Program;
