using CouncilMinutes.Functions;
using CouncilMinutes.Ingestion;
using CouncilMinutes.Web;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// The ASP.NET Core integration: the host hands HTTP requests to the worker as they are, so the site serves them as on Kestrel.
builder.ConfigureFunctionsWebApplication();

// The same registration the command line and the tests use (Tests/Functions/FunctionsWiringTests.cs).
builder.Services.AddMinutesPipeline(builder.Configuration).AddMinutesSite(builder.Configuration);
builder.Services.AddMinutesTelemetry(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
