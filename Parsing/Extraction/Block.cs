namespace CouncilMinutes.Parsing.Extraction;

/// <summary>A unit of text in reading order, with the layout facts the minutes grammar may use.</summary>
/// <param name="Kind">What the layout says the text is.</param>
/// <param name="Text">The text, whitespace collapsed; list markers that carry no meaning (•, ·, -) removed.</param>
public sealed record Block(BlockKind Kind, string Text)
{
    /// <summary>Blank lines between this block and the one before (for PDF: the vertical gap in line heights).</summary>
    public int GapBefore { get; init; }

    /// <summary>The item number when the markup states it (a portal page's number cell, the XML's item number).</summary>
    public string? Number { get; init; }

    /// <summary>True when a table row of the source (a flattened portal table's <c>|</c>) begins with this block.</summary>
    public bool StartsRow { get; init; }

    /// <summary>For text in a cell of an ordinary table: the cell's column, 0 the first.</summary>
    public int? Column { get; init; }

    /// <summary>For a <see cref="BlockKind.Heading"/> the markup ranks (<c>h2</c>, Markdown <c>##</c>): its level, 1 the highest.</summary>
    public int? Level { get; init; }

    /// <summary>For a <see cref="BlockKind.DocumentLink"/>: where the linked document is, when the source says.</summary>
    public string? Url { get; init; }

    public override string ToString() => $"{Kind}[{GapBefore}{(StartsRow ? ",row" : "")}{(Column is { } c ? ",col" + c : "")}{(Number is null ? "" : "," + Number)}] {Text}";
}

/// <summary>What a block of text is, as far as its layout tells.</summary>
public enum BlockKind
{
    /// <summary>A line or paragraph of running text.</summary>
    Text,

    /// <summary>A heading by its layout: markdown <c>#</c>, bold, a heading style.</summary>
    Heading,

    /// <summary>A bulleted entry, the bullet removed. Numbered entries stay <see cref="Text"/> with their marker.</summary>
    ListItem,

    /// <summary>Text of the printed minutes' right-hand Action column: names an owner, never part of the body.</summary>
    ActionNote,

    /// <summary>The action cell of a row of an action table: an action by where it stands; its owner cell follows as an <see cref="ActionNote"/>.</summary>
    ActionRow,

    /// <summary>An item heading the markup states (a portal item row, an XML agenda item): <see cref="Block.Number"/> and the title.</summary>
    ItemHeading,

    /// <summary>A sub-heading label the markup states ("Minutes:", "Decision:", "Additional documents:").</summary>
    Label,

    /// <summary>A link to a document (report, appendix, printed minutes): the text is its title.</summary>
    DocumentLink,
}
