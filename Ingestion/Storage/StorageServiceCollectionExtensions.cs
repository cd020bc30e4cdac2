using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilMinutes.Ingestion.Storage;

/// <summary>Registers the pipeline's storage (the <c>MinutesStorage</c> setting, its clients and initializer) for any host.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Binds <see cref="MinutesStorageOptions"/> from <paramref name="configuration"/>'s <c>MinutesStorage</c> setting.</summary>
    public static IServiceCollection AddMinutesStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(MinutesStorageOptions.SectionName);
        services.AddOptions<MinutesStorageOptions>().Configure(options => MinutesStorageOptions.Bind(section, options));
        services.AddSingleton<IValidateOptions<MinutesStorageOptions>, MinutesStorageOptionsValidator>();
        services.AddSingleton(provider => new StorageClients(provider.GetRequiredService<IOptions<MinutesStorageOptions>>().Value));
        services.AddSingleton<BlobServiceClient>(provider => provider.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton<TableServiceClient>(provider => provider.GetRequiredService<StorageClients>().Tables);
        services.AddSingleton<QueueServiceClient>(provider => provider.GetRequiredService<StorageClients>().Queues);
        services.AddSingleton<StorageInitializer>();
        return services;
    }

    /// <summary>Fails the first use of the options with every problem in the setting, not just the first one met.</summary>
    private sealed class MinutesStorageOptionsValidator : IValidateOptions<MinutesStorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, MinutesStorageOptions options) =>
            options.Problems() is [_, ..] problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
