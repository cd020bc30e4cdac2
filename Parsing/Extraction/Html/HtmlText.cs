using System.Text;
using AngleSharp.Dom;

namespace CouncilMinutes.Parsing.Extraction.Html;

/// <summary>
/// The visible text under an element, read without recursion so that no nesting depth can overflow the stack:
/// line breaks kept as <c>\n</c>, block boundaries as spaces, dropped and skipped elements left out.
/// </summary>
internal static class HtmlText
{
    /// <summary>The text of <paramref name="root"/>, leaving out chrome and any element <paramref name="skip"/> names.</summary>
    public static string Of(INode root, Func<IElement, bool>? skip = null)
    {
        var builder = new StringBuilder();
        var pending = new Stack<INode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case IText text:
                    builder.Append(text.Data);
                    continue;
                case IElement element when element != root && (HtmlChrome.IsDropped(element) || skip?.Invoke(element) == true):
                    continue;
                case IElement { LocalName: "br" }:
                    builder.Append('\n');
                    continue;
                case IElement { LocalName: "img" }:
                    continue; // alt text is where "pdf icon" comes from
                case IElement element when element != root && BlockElements.IsBlock(element.LocalName):
                    builder.Append(' ');
                    break;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every element under <paramref name="root"/> in document order, without recursion.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var pending = new Stack<IElement>();
        for (var i = root.Children.Length - 1; i >= 0; i--)
        {
            pending.Push(root.Children[i]);
        }

        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            for (var i = element.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(element.Children[i]);
            }
        }
    }

    /// <summary>The text of an element collapsed to one line, as a short label or title reads.</summary>
    public static string Line(INode root, Func<IElement, bool>? skip = null) =>
        string.Join(' ', Of(root, skip).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
