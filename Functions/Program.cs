using CouncilMinutes.Functions;
using CouncilMinutes.Ingestion;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

// The same registration the command line and the tests use (Tests/Functions/FunctionsWiringTests.cs).
builder.Services.AddMinutesPipeline(builder.Configuration);
builder.Services.AddMinutesTelemetry(builder.Configuration);

await builder.Build().RunAsync().ConfigureAwait(false);
