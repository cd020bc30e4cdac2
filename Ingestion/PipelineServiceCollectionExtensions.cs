using CouncilMinutes.Ingestion.Documents;
using CouncilMinutes.Ingestion.FollowUp;
using CouncilMinutes.Ingestion.Meetings;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Queries;
using CouncilMinutes.Ingestion.Scraping;
using CouncilMinutes.Ingestion.Search;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Parsing;
using CouncilMinutes.Parsing.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion;

/// <summary>Registers the whole pipeline for any host: the Functions app and the <c>minutes</c> command call this one method.</summary>
/// <remarks>The host brings logging (<c>AddLogging</c>): the Functions worker has its own, the command line logs to the console.</remarks>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddMinutesPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMinutesStorage(configuration);
        services.AddOptions<DocumentLimits>().Bind(configuration.GetSection(DocumentLimits.SectionName));
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName));
        services.AddSingleton(provider => new MinutesParser(provider.GetRequiredService<IOptions<DocumentLimits>>().Value));
        services.AddSingleton<DocumentLedger>();
        services.AddSingleton<QuarantineStore>();
        services.AddSingleton<DocumentHints>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<ActionNotificationOutbox>();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.SectionName));
        services.AddMinutesQueries();
        services.AddSingleton<FollowUpLog>();
        services.AddSingleton<MeetingCalendar>();
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton<MinutesSearch>();
        services.AddSingleton<IngestionService>();
        services.AddPortalScraper(configuration);
        services.AddActionNotifications(configuration);
        return services;
    }
}
