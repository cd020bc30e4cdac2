using CouncilMinutes.Parsing.Limits;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace CouncilMinutes.Parsing.Extraction.Pdf;

/// <summary>
/// PdfPig's own stream filters, each checked against the document's budget: Flate data is first expanded into nothing
/// to count it, so a stream that would inflate to gigabytes is refused at the limit without being held; what any other
/// filter produces is counted as it comes back.
/// </summary>
internal sealed class BoundedFilterProvider(ReadingBudget budget) : IFilterProvider
{
    private const string What = "A compressed stream of the PDF";

    private static readonly IFilterProvider Library = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bounded(Library.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bounded(Library.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bounded(Library.GetAllFilters());

    private List<IFilter> Bounded(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BoundedFilter(f, budget)).ToList();

    private sealed class BoundedFilter(IFilter library, ReadingBudget budget) : IFilter
    {
        public bool IsSupported => library.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (library is FlateFilter)
            {
                InflationGuard.CheckFlate(input, budget, What);
                return library.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            var output = library.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.ChargeInflated(What, output.Length, Math.Max(0, output.Length - input.Length));
            return output;
        }
    }
}
