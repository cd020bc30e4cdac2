using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// How many glyphs a page could draw, read from its content streams before the PDF library lays the page out: the
/// library builds an object of a few hundred bytes for every glyph, so a 50 KB PDF whose page shows millions of them
/// would take gigabytes. Counts the bytes of every string the page's content (and each form it draws, as often as it
/// draws it) holds: an upper bound, since strings are what text-showing operators show.
/// </summary>
/// <remarks>A page factory of PdfPig's (<see cref="PdfDocument.AddPageFactory{TPage}"/>): it gets the page's dictionary without the page being read.</remarks>
internal sealed class PageGlyphCount(IPdfTokenScanner scanner, IFilterProvider filters) : IPageFactory<long>
{
    /// <summary>Forms inside forms deeper than this are not followed (and not counted): the library stops there too.</summary>
    private const int MaxFormDepth = 8;

    private readonly Dictionary<IndirectReference, long> _forms = [];

    public long Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations namedDestinations)
    {
        var resources = Resolve<DictionaryToken>(dictionary, NameToken.Resources) ?? pageTreeMembers.ParentResources.LastOrDefault();
        if (!dictionary.TryGet(NameToken.Contents, out var contents))
        {
            return 0;
        }

        var streams = DirectObjectFinder.TryGet<ArrayToken>(contents, scanner, out var array)
            ? array.Data.Select(t => DirectObjectFinder.TryGet<StreamToken>(t, scanner, out var s) ? s : null).OfType<StreamToken>()
            : DirectObjectFinder.TryGet<StreamToken>(contents, scanner, out var single) ? [single] : [];

        // A page's content streams are one stream cut in pieces: a string may run from one into the next.
        var content = streams.SelectMany(s => s.Decode(filters).ToArray()).ToArray();
        return Count(content, resources, depth: 0);
    }

    private long Count(ReadOnlySpan<byte> content, DictionaryToken? resources, int depth)
    {
        var glyphs = 0L;
        var scan = new ContentScan(content);
        while (scan.Next() is { } token)
        {
            switch (token.Kind)
            {
                case ContentScan.Kind.String:
                    glyphs += token.Length;
                    break;
                case ContentScan.Kind.DrawForm when depth < MaxFormDepth:
                    glyphs += Form(token.Name!, resources, depth);
                    break;
            }
        }

        return glyphs;
    }

    /// <summary>The glyphs of the form XObject the page's resources name, counted once and remembered (a form drawn a thousand times is read once).</summary>
    private long Form(string name, DictionaryToken? resources, int depth)
    {
        if (resources is null || Resolve<DictionaryToken>(resources, NameToken.Xobject) is not { } xobjects
            || !xobjects.TryGet(NameToken.Create(name), out var token) || token is not IndirectReferenceToken reference)
        {
            return 0;
        }

        if (_forms.TryGetValue(reference.Data, out var known))
        {
            return known;
        }

        _forms[reference.Data] = 0;
        var glyphs = DirectObjectFinder.TryGet<StreamToken>(reference, scanner, out var form)
                     && form.StreamDictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Form" }
            ? Count(form.Decode(filters).Span, Resolve<DictionaryToken>(form.StreamDictionary, NameToken.Resources) ?? resources, depth + 1)
            : 0;
        _forms[reference.Data] = glyphs;
        return glyphs;
    }

    private T? Resolve<T>(DictionaryToken dictionary, NameToken key) where T : class, IToken =>
        dictionary.TryGet(key, out var token) && DirectObjectFinder.TryGet<T>(token, scanner, out var value) ? value : null;
}
