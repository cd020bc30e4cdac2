using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CouncilMinutes.Ingestion.Queries;

/// <summary>Registers the read side over the pipeline's tables, beside <c>AddMinutesPipeline</c>, for hosts that show what was stored.</summary>
public static class QueryServiceCollectionExtensions
{
    public static IServiceCollection AddMinutesQueries(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<MeetingQueries>();
        services.TryAddSingleton<ActionQueries>();
        return services;
    }
}
