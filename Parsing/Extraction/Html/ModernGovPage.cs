using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CouncilMinutes.Parsing.Limits;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// The markup of a ModernGov portal page (ieListDocuments "Agenda and minutes", ieIssueDetails "Issue - meetings",
/// mgAi "Agenda item", decision details) and what each part of it is to the minutes grammar.
/// </summary>
internal sealed partial class ModernGovPage : IHtmlBlockRules
{
    private static readonly string[] LabelClasses = ["mgSubItemTitleTxt", "mgSubSubTitleTxt"];

    private static readonly string[] FurnitureClasses =
        ["mgLinks", "mgActionList", "mgFooter", "mgFileSize", "mgBreadCrumbs", "mgBreadcrumbs", "mgPrintLink", "mgHide"];

    private readonly HashSet<IElement> _taken = [];
    private readonly bool _singleItem;

    private ModernGovPage(IElement root, PageAddress address, bool singleItem)
    {
        Root = root;
        Address = address;
        _singleItem = singleItem;
    }

    /// <summary>The part of the page that is ModernGov's own (<c>#modgov</c>), without the council site around it.</summary>
    public IElement Root { get; }

    public PageAddress Address { get; }

    /// <summary>The page's ModernGov rules, or null for a page ModernGov did not make.</summary>
    public static ModernGovPage? Recognise(IDocument document, PageAddress address)
    {
        var root = document.GetElementById("modgov");
        var marked = root is not null
                     || document.QuerySelector(".mgItemTable, #mgItemTable, .mgAiTitleTxt, .mgMainTitleTxt, .mgSubTitleTxt, .mgSubItemTitleTxt, .mgWordPara") is not null;
        if (!marked || document.Body is null)
        {
            return null;
        }

        root ??= document.Body;

        // An "Agenda item" page or a decision page is about one item: its sub-title is that item's title.
        var singleItem = !ItemTables(root).Any()
                         && HtmlText.Descendants(root).Any(e => HasClass(e, LabelClasses) || (IsTextElement(e) && IsLabelText(HtmlText.Line(e))));
        return new ModernGovPage(root, address, singleItem);
    }

    /// <summary>Leaves <paramref name="element"/> out of the walk: it has been written already (an item's title).</summary>
    public void Take(IElement element) => _taken.Add(element);

    public bool TryWrite(IElement element, HtmlBlockWalker walker)
    {
        if (_taken.Contains(element) || IsFurniture(element))
        {
            return true;
        }

        var writer = walker.Writer;
        if (IsItemTable(element))
        {
            new ModernGovItemTable(element, this).Write(walker);
            return true;
        }

        if (HasClass(element, "mgMainTitleTxt"))
        {
            writer.Write(BlockKind.Text, HtmlText.Line(element));
            return true;
        }

        if (HasClass(element, "mgSubTitleTxt"))
        {
            WriteSubTitle(element, writer);
            return true;
        }

        if (!IsTextElement(element) && !HasClass(element, LabelClasses) && !HasClass(element, "mgSectionTitle"))
        {
            return IsDocumentList(element) && WriteDocumentList(element, walker);
        }

        var line = HtmlText.Line(element);
        if (MeetingLine().IsMatch(line))
        {
            // "Meeting: 24/01/2022 - Committee (Item 25)" dates the item: the grammar reads it as a line of text.
            writer.Write(BlockKind.Text, line);
            return true;
        }

        if (HasClass(element, LabelClasses) || IsLabelText(line))
        {
            writer.Write(BlockKind.Label, line);
            return true;
        }

        return false;
    }

    /// <summary>True for a link to a published document rather than to another portal page.</summary>
    public static bool IsDocumentLink(IElement anchor)
    {
        var href = anchor.GetAttribute("href") ?? "";
        if (href.Length == 0)
        {
            return false;
        }

        if (anchor.QuerySelector(".mgFileSize") is not null)
        {
            return true;
        }

        var path = href.Split('?', '#')[0];
        return href.Contains("/documents/", StringComparison.OrdinalIgnoreCase)
               || href.StartsWith("documents/", StringComparison.OrdinalIgnoreCase)
               || href.Contains("mgConvert2PDF", StringComparison.OrdinalIgnoreCase)
               || href.Contains("ieDocument", StringComparison.OrdinalIgnoreCase)
               || DocumentExtension().IsMatch(path);
    }

    /// <summary>The visible text of a link or title, without the file-size and icon artefacts beside it.</summary>
    public static string CleanTitle(IElement element) =>
        LinkArtefacts.Strip(HtmlText.Line(element, e => HasClass(e, "mgFileSize")));

    public static bool HasClass(IElement element, params string[] names)
    {
        foreach (var token in element.ClassList)
        {
            foreach (var name in names)
            {
                if (string.Equals(token, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>ModernGov's item table, by its class or id, or (on trimmed copies of a page) by its number cells.</summary>
    public static bool IsItemTable(IElement element) =>
        element is IHtmlTableElement table
        && (HasClass(table, "mgItemTable") || string.Equals(table.Id, "mgItemTable", StringComparison.OrdinalIgnoreCase)
            || table.Rows.Any(row => row.Cells.Any(cell => HasClass(cell, "mgItemNumberCell"))));

    private static IEnumerable<IElement> ItemTables(IElement root) => HtmlText.Descendants(root).Where(IsItemTable);

    /// <summary>Elements whose whole text is one short line: a paragraph or a heading.</summary>
    private static bool IsTextElement(IElement element) =>
        element.LocalName is "p" or "dt" || BlockElements.HeadingLevel(element.LocalName) > 0;

    private static bool IsLabelText(string line) => line.Length <= 40 && KnownLabel().IsMatch(line);

    private static bool IsFurniture(IElement element)
    {
        if (HasClass(element, FurnitureClasses))
        {
            return true;
        }

        // The venue's "View directions" link is navigation, not part of the venue.
        return element.LocalName == "a"
               && string.Equals(HtmlText.Line(element), "View directions", StringComparison.OrdinalIgnoreCase);
    }

    private void WriteSubTitle(IElement element, BlockWriter writer)
    {
        // A sub-title's line breaks separate facts (the committee, then the date and time), not wrapped prose.
        var lines = HtmlText.Of(element).Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0)
            .ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var kind = i > 0 ? BlockKind.Text : _singleItem ? BlockKind.ItemHeading : BlockKind.Heading;
            writer.Write(kind, kind == BlockKind.ItemHeading ? LinkArtefacts.Strip(lines[i]) : lines[i], gap: i == 0 ? 1 : 0);
        }
    }

    private static bool IsDocumentList(IElement element) =>
        element.LocalName is "ul" or "ol" && HasClass(element, "mgBulletList");

    /// <summary>A ModernGov bullet list of files: each linked file becomes a document link; other entries stay list entries.</summary>
    private bool WriteDocumentList(IElement list, HtmlBlockWalker walker)
    {
        var writer = walker.Writer;
        var first = true;
        foreach (var item in list.Children.Where(c => c.LocalName == "li" && !HtmlChrome.IsDropped(c)).ToArray())
        {
            var anchors = item.QuerySelectorAll("a[href]").Where(IsDocumentLink).ToList();
            if (anchors.Count == 0)
            {
                walker.WriteBlock(item, BlockKind.ListItem, first ? 1 : 0);
            }

            foreach (var anchor in anchors)
            {
                writer.Write(BlockKind.DocumentLink, CleanTitle(anchor), url: Address.Resolve(anchor.GetAttribute("href")), gap: first ? 1 : 0);
                first = false;
            }

            first = false;
        }

        return true;
    }

    [GeneratedRegex(@"^Meeting:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*-\s*\S", RegexOptions.None, MatchTimeout.Milliseconds)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"^(?:Minutes|Decisions?|Additional documents|Supporting documents|Accompanying documents|Background documents|Background papers)\s*:$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex KnownLabel();

    [GeneratedRegex(@"\.(?:pdf|docx?|xlsx?|pptx?|rtf|odt|ods|txt|csv)$", RegexOptions.IgnoreCase, MatchTimeout.Milliseconds)]
    private static partial Regex DocumentExtension();
}
