using System.Text;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// Collects the text of an HTML walk into blocks: inline text gathers in the open paragraph and becomes a
/// block when a block boundary closes it; gaps and table-row starts carry to the next block written.
/// </summary>
internal sealed class BlockWriter(Func<string, string>? textFilter = null, bool keepLines = false)
{
    /// <summary>Stands for a <c>&lt;br&gt;</c> in the gathered text; source whitespace never produces it.</summary>
    private const char Break = '\n';

    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly Stack<Paragraph> _open = new();
    private int _pendingGap;
    private bool _pendingRow;

    /// <summary>A block-level element being read: what its text becomes, and whether it has written any.</summary>
    private sealed class Paragraph(BlockKind kind, string? marker, bool wordList, bool blankWhenEmpty, Paragraph? inheritsFrom, int? level = null)
    {
        public BlockKind Kind { get; } = kind;
        public int? Level { get; } = level;
        public string? Marker { get; } = marker;
        public bool WordList { get; } = wordList;
        public bool BlankWhenEmpty { get; } = blankWhenEmpty;
        public Paragraph? InheritsFrom { get; } = inheritsFrom;
        public bool Written { get; set; }
    }

    public void AppendText(string text) => Visible(text, _text);

    /// <summary>Appends the characters a reader sees: layout whitespace as spaces, invisible characters dropped.</summary>
    private static StringBuilder Visible(string text, StringBuilder into)
    {
        foreach (var c in text)
        {
            if (InvisibleCharacters.Is(c))
            {
                continue; // zero-width and soft-hyphen characters are invisible on the page
            }

            into.Append(c is >= '\u0080' and <= '\u009F' ? Windows1252(c) : char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
        }

        return into;
    }

    /// <summary>
    /// A page that is not UTF-8 is decoded as Latin-1, but such pages are Windows-1252 (browsers treat the
    /// label "iso-8859-1" as windows-1252), where these code points are quotes, dashes and the euro sign.
    /// </summary>
    private static char Windows1252(char c) => c switch
    {
        '\u0080' => '€', '\u0082' => '‚', '\u0083' => 'ƒ', '\u0084' => '„', '\u0085' => '…', '\u0086' => '†', '\u0087' => '‡',
        '\u0088' => 'ˆ', '\u0089' => '‰', '\u008A' => 'Š', '\u008B' => '‹', '\u008C' => 'Œ', '\u008E' => 'Ž',
        '\u0091' => '‘', '\u0092' => '’', '\u0093' => '“', '\u0094' => '”', '\u0095' => '•', '\u0096' => '–', '\u0097' => '—',
        '\u0098' => '˜', '\u0099' => '™', '\u009A' => 'š', '\u009B' => '›', '\u009C' => 'œ', '\u009E' => 'ž', '\u009F' => 'Ÿ',
        _ => ' ',
    };

    public void AppendBreak() => _text.Append(Break);

    /// <summary>Asks for at least <paramref name="gap"/> blank lines before the next block.</summary>
    public void RequestGap(int gap) => _pendingGap = Math.Max(_pendingGap, gap);

    /// <summary>The column of the table cell being written, null outside ordinary tables.</summary>
    public int? Column { get; set; }

    /// <summary>The next block written starts a table row.</summary>
    public void StartRow()
    {
        FlushText();
        _pendingRow = true;
    }

    /// <summary>Opens a block-level element: text gathered from now on belongs to it.</summary>
    /// <param name="kind">What its text becomes.</param>
    /// <param name="gap">Blank lines the element stands for before it.</param>
    /// <param name="marker">A list marker to put before its first text ("3."), for an ordered list entry.</param>
    /// <param name="wordList">A Word list paragraph: its leading bullet glyph or number decides the kind.</param>
    /// <param name="blankWhenEmpty">An empty one stands for a blank line (Word's <c>&lt;p&gt;&amp;nbsp;&lt;/p&gt;</c> spacers).</param>
    /// <param name="level">A heading's level in the markup (<c>h2</c>: 2).</param>
    public void Open(BlockKind kind, int gap = 1, string? marker = null, bool wordList = false, bool blankWhenEmpty = false, int? level = null)
    {
        FlushText();
        RequestGap(gap);
        var parent = _open.Count > 0 ? _open.Peek() : null;
        if (kind == BlockKind.Text && !wordList && parent is { Written: false } && (parent.Kind != BlockKind.Text || parent.Marker is not null))
        {
            // <li><p>text</p></li>: the paragraph is the list entry, so its first text takes the entry's kind and number.
            _open.Push(new Paragraph(parent.Kind, parent.Marker, parent.WordList, blankWhenEmpty, parent));
            return;
        }

        _open.Push(new Paragraph(kind, marker, wordList, blankWhenEmpty, null, level));
    }

    /// <summary>Closes the innermost open element, writing the text it gathered.</summary>
    public void Close()
    {
        FlushText();
        if (_open.Count == 0)
        {
            return;
        }

        var paragraph = _open.Pop();
        if (!paragraph.Written && paragraph.BlankWhenEmpty && _blocks.Count > 0)
        {
            _pendingGap++;
        }
    }

    /// <summary>Writes one block whose text is already known (a label, an item heading, a document link).</summary>
    public void Write(BlockKind kind, string text, string? number = null, string? url = null, int gap = 1)
    {
        FlushText();
        RequestGap(gap);
        var clean = Normalise(Visible(text, new StringBuilder(text.Length)).ToString());
        if (clean.Length == 0 && kind != BlockKind.ItemHeading)
        {
            return;
        }

        Emit(new Block(kind, clean) { Number = number, Url = url });
    }

    public IReadOnlyList<Block> Finish()
    {
        FlushText();
        while (_open.Count > 0)
        {
            Close();
        }

        return _blocks.ToList();
    }

    /// <summary>Collapses whitespace the way a browser shows it, and applies the writer's text filter.</summary>
    public string Normalise(string text)
    {
        var filtered = textFilter is null ? text : textFilter(text);
        var builder = new StringBuilder(filtered.Length);
        var space = false;
        foreach (var c in filtered)
        {
            if (c == Break)
            {
                builder.Append(Break);
                space = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0 && builder[^1] != Break;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim(' ', Break);
    }

    private void FlushText()
    {
        if (_text.Length == 0)
        {
            return;
        }

        var raw = _text.ToString();
        _text.Clear();
        var paragraph = _open.Count > 0 ? _open.Peek() : null;
        var baseKind = paragraph is { Written: false } ? paragraph.Kind : BlockKind.Text;
        var marker = paragraph is { Written: false } ? paragraph.Marker : null;
        var wordList = paragraph is { Written: false, WordList: true };
        var first = true;
        foreach (var (line, gap) in Lines(raw))
        {
            RequestGap(gap);
            var (kind, text) = first ? Classify(baseKind, wordList, line) : Classify(BlockKind.Text, false, line);
            if (first && marker is not null)
            {
                text = marker + " " + text;
            }

            Emit(new Block(kind, text) { Level = kind == BlockKind.Heading ? paragraph?.Level : null });
            first = false;
        }

        if (!first && paragraph is not null)
        {
            for (var p = paragraph; p is not null; p = p.InheritsFrom)
            {
                p.Written = true;
            }
        }
    }

    /// <summary>
    /// The gathered text cut at its line breaks where they mean something: a blank line (two breaks) or a line
    /// that opens a list entry ("1) …", "• …"). Other breaks only wrapped a line and become spaces.
    /// </summary>
    private IEnumerable<(string Line, int Gap)> Lines(string raw)
    {
        var current = new StringBuilder();
        var blank = 0;
        var gap = 0;
        foreach (var part in raw.Split(Break))
        {
            var line = Normalise(part);
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (current.Length > 0 && (blank > 0 || ListMarkers.OpensEntry(line) || keepLines))
            {
                yield return (current.ToString(), gap);
                current.Clear();
                gap = blank > 0 ? 1 : 0;
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
            blank = 0;
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), gap);
        }
    }

    private static (BlockKind Kind, string Text) Classify(BlockKind kind, bool wordList, string text)
    {
        if ((kind is BlockKind.Text or BlockKind.ListItem) && ListMarkers.StripBullet(text) is { } bulleted)
        {
            return (BlockKind.ListItem, bulleted);
        }

        if (wordList)
        {
            // Word writes a list paragraph's marker as text: a number stays with the entry, a bullet glyph
            // (already handled above) or Courier "o" is dropped; with no marker left it is still an entry.
            if (ListMarkers.StartsWithNumber(text))
            {
                return (BlockKind.Text, text);
            }

            return (BlockKind.ListItem, ListMarkers.StripWordSubBullet(text));
        }

        return (kind, text);
    }

    private void Emit(Block block)
    {
        if (block.Text.Length == 0 && block.Kind != BlockKind.ItemHeading)
        {
            return;
        }

        _blocks.Add(block with { GapBefore = _blocks.Count == 0 ? 0 : _pendingGap, StartsRow = _pendingRow, Column = Column });
        _pendingGap = 0;
        _pendingRow = false;
    }
}
