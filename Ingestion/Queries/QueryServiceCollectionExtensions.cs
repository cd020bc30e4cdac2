using Microsoft.Extensions.DependencyInjection;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>Registers the read side over the pipeline's tables, beside <c>AddMinutesPipeline</c>, for hosts that show what was stored.</summary>
public static class QueryServiceCollectionExtensions
{
    public static IServiceCollection AddMinutesQueries(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<ActionQueries>();
        return services;
    }
}
