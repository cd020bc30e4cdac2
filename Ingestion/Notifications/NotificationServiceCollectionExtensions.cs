using CouncilMinutes.Ingestion.Owners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Notifications;

/// <summary>Registers the notifier (settings section <c>Notifications</c>), its channels and the owners directory.</summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddActionNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.SectionName));
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();

        // Each try is bounded by the send pipeline's timeout, so the client itself has none.
        services.AddHttpClient(WebhookChannel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<INotificationChannel, LogChannel>();
        services.AddSingleton<INotificationChannel, SmtpChannel>();
        services.AddSingleton<INotificationChannel, WebhookChannel>();
        services.AddSingleton<OwnerDirectory>();
        services.AddSingleton<NotificationLedger>();
        services.AddSingleton<NotifiedActions>();
        services.AddOptions<ActionLinkOptions>().Bind(configuration.GetSection(ActionLinkOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ActionLinks>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<NotificationQueueDrain>();
        return services;
    }
}
