using System.Text;

namespace CouncilMinutes.Tests.Support;

/// <summary>The smallest valid PDF around a content stream, for documents made at test time.</summary>
internal static class SimplePdf
{
    /// <summary>A one-page PDF of text operators, uncompressed.</summary>
    public static byte[] Build(string content) => Build(Encoding.ASCII.GetBytes(content), flate: false);

    /// <summary>A one-page PDF drawing <paramref name="content"/> (a content stream, Flate-compressed or as it is) in Helvetica as /F1.</summary>
    public static byte[] Build(byte[] content, bool flate = true)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write("stream\n");
                output.Write(stream);
                Write("\nendstream\n");
            }

            Write("endobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        Object($"<< /Length {content.Length}{(flate ? " /Filter /FlateDecode" : "")} >>", content);
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
