using System.CommandLine;
using CouncilMinutes.Cli.Hosting;
using CouncilMinutes.Ingestion.Notifications;
using CouncilMinutes.Ingestion.Owners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CouncilMinutes.Cli.Commands;

/// <summary><c>minutes owners import FILE</c> and <c>minutes owners list</c>: the directory of who receives actions.</summary>
internal static class OwnersCommand
{
    public static Command Create(IConfiguration configuration)
    {
        var council = new Option<string?>("--council") { Description = "The council whose directory it is (default: the setting Notifications:Council)." };
        var file = new Argument<FileInfo>("file") { Description = "CSV with the header name,aliases,email,webhook (aliases and emails separated by ';'), or a JSON array of the same fields." };
        var import = new Command("import", "Add or replace owners from a file; owners it leaves out are kept. Exit 2 when the file has problems (each is listed).")
        {
            file, council,
        };
        import.SetAction((result, cancellationToken) => CommandHost.RunAsync("owners import", configuration, async (services, token) =>
        {
            if (Council(result.GetValue(council), configuration) is not { } name)
            {
                return await NoCouncilAsync("owners import").ConfigureAwait(false);
            }

            var path = result.GetRequiredValue(file);
            if (!path.Exists)
            {
                return await CommandHost.FailAsync("owners import", $"{path.FullName} does not exist.").ConfigureAwait(false);
            }

            if (path.Length > OwnerFile.MaxBytes)
            {
                return await CommandHost.FailAsync("owners import", $"{path.Name} is over {OwnerFile.MaxBytes / 1024} KB; an owners file may be at most that.").ConfigureAwait(false);
            }

            try
            {
                var owners = OwnerFile.Read(await File.ReadAllBytesAsync(path.FullName, token).ConfigureAwait(false));
                var imported = await services.GetRequiredService<OwnerDirectory>().ImportAsync(name, owners, token).ConfigureAwait(false);
                Terminal.Create().MarkupLine(Markup.Escape(
                    $"{name}: {imported.Added} owners added, {imported.Updated} updated, {imported.Unchanged} unchanged, {imported.Kept} kept that the file leaves out."));
                return ExitCodes.Success;
            }
            catch (OwnerFileException e)
            {
                return await CommandHost.FailAsync("owners import", $"{path.Name} was not imported:{Environment.NewLine}{e.Message}").ConfigureAwait(false);
            }
        }, cancellationToken));

        var list = new Command("list", "List a council's owners: name, aliases, emails, webhook.") { council };
        list.SetAction((result, cancellationToken) => CommandHost.RunAsync("owners list", configuration, async (services, token) =>
        {
            if (Council(result.GetValue(council), configuration) is not { } name)
            {
                return await NoCouncilAsync("owners list").ConfigureAwait(false);
            }

            var owners = await services.GetRequiredService<OwnerDirectory>().ListAsync(name, token).ConfigureAwait(false);
            var console = Terminal.Create();
            if (owners.Count == 0)
            {
                console.MarkupLine(Markup.Escape($"No owners stored for {name}: add them with minutes owners import FILE."));
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("name").AddColumn("aliases").AddColumn("email").AddColumn("webhook");
            foreach (var owner in owners)
            {
                table.AddRow(Markup.Escape(owner.Name), Markup.Escape(string.Join("; ", owner.Aliases)), Markup.Escape(string.Join("; ", owner.Emails)),
                    Markup.Escape(owner.Webhook?.GetLeftPart(UriPartial.Path) ?? ""));
            }

            console.Write(table);
            console.MarkupLine(Markup.Escape($"{owners.Count} owners for {name}."));
            return ExitCodes.Success;
        }, cancellationToken));

        import.WithExamples("minutes owners import samples/owners.csv --council \"Halton Borough Council\"");
        list.WithExamples("minutes owners list --council \"Halton Borough Council\"");
        return new Command("owners", "The owners directory: who receives the actions minutes give them.") { import, list }
            .WithExamples("minutes owners import samples/owners.csv --council \"Halton Borough Council\"", "minutes owners list --council \"Halton Borough Council\"");
    }

    private static string? Council(string? given, IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(given) ? given.Trim()
        : configuration[$"{NotificationOptions.SectionName}:{nameof(NotificationOptions.Council)}"] is { Length: > 0 } set ? set
        : null;

    private static Task<int> NoCouncilAsync(string command) =>
        CommandHost.FailAsync(command, $"name the council with --council or the setting {NotificationOptions.SectionName}:{nameof(NotificationOptions.Council)}.");
}
