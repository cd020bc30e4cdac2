using System.IO.Compression;
using System.Text;

namespace CouncilMinutes.Tests.Support;

/// <summary>Hostile documents made at test time, each a few kilobytes to a few megabytes: bombs, deep nesting, stray markup.</summary>
internal static class HostileDocuments
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose tables nest <paramref name="depth"/> deep: Word's loader recurses per level.</summary>
    public static byte[] NestedTablesDocx(int depth)
    {
        var body = new StringBuilder();
        body.Insert(0, "<w:tbl><w:tr><w:tc>", depth).Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:tc></w:tr></w:tbl>", depth);
        return Docx(writer => writer.Write(body.ToString()));
    }

    /// <summary>A .docx whose document.xml is one paragraph that inflates to <paramref name="inflatedBytes"/>.</summary>
    /// <param name="inflatedBytes">The size of the text once inflated.</param>
    /// <param name="declareSize">False to zero the sizes the package declares, as a hostile one can: only reading counts then.</param>
    public static byte[] InflatingDocx(long inflatedBytes, bool declareSize = true)
    {
        var docx = Docx(writer =>
        {
            writer.Write("<w:p><w:r><w:t>");
            var chunk = new string('a', 1 << 20);
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                writer.Write(chunk);
            }

            writer.Write("</w:t></w:r></w:p>");
        });
        return declareSize ? docx : WithoutDeclaredSizes(docx);
    }

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="inflatedBytes"/> of spaces.</summary>
    public static byte[] InflatingPdf(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        return SimplePdf.Build(compressed.ToArray());
    }

    /// <summary>A one-page PDF whose content stream, just under the part limit, draws one glyph after another: millions of letters.</summary>
    /// <param name="contentBytes">The size of the content stream.</param>
    /// <param name="compress">False to store the content stream as it is, as a PDF may.</param>
    public static byte[] ManyGlyphsPdf(long contentBytes, bool compress = true)
    {
        using var content = new MemoryStream();
        using (var writer = compress ? new ZLibStream(content, CompressionLevel.SmallestSize, leaveOpen: true) : (Stream)new BufferedStream(content))
        {
            var chunk = Encoding.ASCII.GetBytes("BT /F1 1 Tf 10 10 Td " + new StringBuilder().Insert(0, "(a) Tj ", 1 << 16) + "ET\n");
            for (long written = 0; written + chunk.Length <= contentBytes; written += chunk.Length)
            {
                writer.Write(chunk);
            }
        }

        return SimplePdf.Build(content.ToArray(), compress);
    }

    /// <summary>An HTML page of <paramref name="count"/> elements each followed by an end tag of an element that is not open.</summary>
    public static byte[] StrayEndTagsHtml(int count) =>
        Encoding.UTF8.GetBytes("<html><body>" + new StringBuilder().Insert(0, "<div></span>", count) + "</body></html>");

    /// <summary>A ModernGov GetMeeting response nested <paramref name="depth"/> elements deep.</summary>
    public static byte[] DeepModernGovXml(int depth) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><meeting><meetingid>1</meetingid>"
        + new StringBuilder().Insert(0, "<x>", depth) + new StringBuilder().Insert(0, "</x>", depth) + "</meeting>");

    /// <summary>A ModernGov response that declares a DTD with an entity, as an entity-expansion attack begins.</summary>
    public static byte[] ModernGovXmlWithDtd() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><!DOCTYPE meeting [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<meeting><meetingid>1</meetingid><committeetitle>&b;</committeetitle><agendaitems/></meeting>");

    /// <summary>A dated list that is not minutes of anything.</summary>
    public static byte[] ShoppingList() => Encoding.UTF8.GetBytes("""
        Shopping list

        Saturday 12 March 2024

        1. Milk
        2. Eggs
        3. Bread for the meeting room
        4. Tea and coffee
        5. Biscuits
        """);

    private static byte[] Docx(Action<StreamWriter> writeBody)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
            document.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordNamespace}"><w:body>""");
            writeBody(document);
            document.Write("</w:body></w:document>");
        }

        return output.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>Zeroes the uncompressed size in every local and central header of a ZIP package.</summary>
    private static byte[] WithoutDeclaredSizes(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04)
            {
                Array.Clear(bytes, i + 22, 4);
            }
            else if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                Array.Clear(bytes, i + 24, 4);
            }
        }

        return bytes;
    }
}
