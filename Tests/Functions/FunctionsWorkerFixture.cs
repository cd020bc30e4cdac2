using System.Globalization;
using CouncilMinutes.Ingestion.Storage;
using CouncilMinutes.Tests.Functions.Rpc;
using CouncilMinutes.Tests.Scraping;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Functions;

/// <summary>The worker tests that share one running worker: they keep to their own blobs, meetings and portal meetings.</summary>
[CollectionDefinition(Name)]
public sealed class FunctionsWorkerCollection : ICollectionFixture<FunctionsWorkerFixture>
{
    public const string Name = "Functions worker";
}

/// <summary>
/// The published Functions app running under the test <see cref="WorkerHost"/>, with the real parts it talks to: an Azurite
/// of its own, an SMTP sink for the digests and a fake ModernGov portal on loopback, all started first because the worker
/// reads its settings once, at start. If any part cannot start, every test in the collection fails with the reason.
/// </summary>
public sealed class FunctionsWorkerFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private WorkerHost? _worker;
    private PipelineHost? _storage;
    private SmtpSink? _smtp;
    private FakeModernGovPortal? _portal;

    internal WorkerHost Worker => _worker ?? throw new InvalidOperationException("The worker has not started.");

    /// <summary>The same storage, seen through the pipeline's own clients: to upload, and to read what the worker stored.</summary>
    internal PipelineHost Storage => _storage ?? throw new InvalidOperationException("Storage has not started.");

    internal SmtpSink Smtp => _smtp ?? throw new InvalidOperationException("The SMTP sink has not started.");

    internal FakeModernGovPortal Portal => _portal ?? throw new InvalidOperationException("The portal has not started.");

    public string ConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        var app = PublishedFunctionsApp.FolderAsync();
        await _azurite.InitializeAsync();
        _storage = await PipelineHost.StartAsync(_azurite);
        _smtp = new SmtpSink();
        _portal = await FakeModernGovPortal.StartAsync();
        _worker = await WorkerHost.StartAsync(await app, AppSettings());
    }

    /// <summary>The app settings func start would pass from local.settings.sample.json, pointed at this fixture's parts.</summary>
    private Dictionary<string, string> AppSettings()
    {
        var settings = FunctionsHost.SampleValues();
        settings["AzureWebJobsStorage"] = _azurite.ConnectionString;
        settings[MinutesStorageOptions.SectionName] = _azurite.ConnectionString;
        settings["Portal__BaseUrl"] = Portal.BaseUrl.AbsoluteUri;
        settings["Notifications__Channels"] = "smtp";
        settings["Notifications__Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
        // One attempt per delivery: the host's redelivery is the retry.
        settings["Notifications__SendRetries"] = "0";
        // As infra/ sets it in Azure, where App Service Authentication stands in front of the app.
        settings["Clerks__AppServiceAuthentication"] = "true";
        return settings;
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }
}
