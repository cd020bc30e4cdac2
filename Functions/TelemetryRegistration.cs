using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using CouncilMinutes.Ingestion.Telemetry;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace CouncilMinutes.Functions;

/// <summary>The app's logs, traces and the pipeline's metrics, sent to Application Insights with OpenTelemetry.</summary>
internal static class TelemetryRegistration
{
    // Set by infra/ on the deployed app; absent locally (func start, the tests' worker host), where nothing is exported.
    private const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    // "ClientId=...;Authorization=AAD": local authentication is off, so the exporter signs in as the app's identity.
    private const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddMinutesTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(PipelineTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(PipelineTelemetry.Name));
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrEmpty(connectionString))
        {
            return services;
        }

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        telemetry.UseAzureMonitorExporter(exporter =>
        {
            exporter.ConnectionString = connectionString;
            exporter.SamplingRatio = options.SamplingRatio;
            if (ClientId(configuration[AuthenticationSetting]) is { } clientId)
            {
                exporter.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
            }
        });
        return services;
    }

    private static string? ClientId(string? authentication) =>
        authentication?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Equals("ClientId", StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair[1])
            .FirstOrDefault();
}
