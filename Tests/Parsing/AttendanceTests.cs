using CouncilMinutes.Parsing.Model;
using CouncilMinutes.Tests.Support;

namespace CouncilMinutes.Tests.Parsing;

public class AttendanceTests
{
    [Fact]
    public void Labelled_lists_give_names_without_councillor_and_mark_chair_and_vice_chair()
    {
        var attendance = Parse.Text("""
            Present: Councillors Logan (Chair), C. Plumpton Walsh (Vice-Chair), Baker, P. Lloyd Jones and Ryan

            Apologies for Absence: Councillors Ratcliffe and Skinner

            Absence declared on Council business: None

            Officers present: A. Jones, B. Holmes and K. Appleton

            Also in attendance: Councillor T. McInerney, in accordance with Standing Order number 33

            CYP10 MINUTES

            The Minutes were signed.
            """).Attendance;

        Assert.Equal(["Logan", "C. Plumpton Walsh", "Baker", "P. Lloyd Jones", "Ryan"], attendance.Present.Select(p => p.Name));
        Assert.Equal("Logan", attendance.Chair?.Name);
        Assert.Equal("C. Plumpton Walsh", attendance.ViceChair?.Name);
        Assert.Equal(["Ratcliffe", "Skinner"], attendance.Apologies.Select(p => p.Name));
        Assert.Equal(["A. Jones", "B. Holmes", "K. Appleton"], attendance.Officers.Select(p => p.Name));
        Assert.Equal(["T. McInerney"], attendance.AlsoAttending.Select(p => p.Name));
    }

    [Fact]
    public void A_list_continues_over_lines_and_keeps_bracketed_roles_as_notes()
    {
        var attendance = Parse.Text("""
            Present: Councillor Mrs Soyke (Chairman)
            Councillors Noakes (Vice-Chairman), Backhouse, Dr Hall and Webb
            Officers in Attendance: Tim Archer (Principal Planning Officer) and Jo Smith (Lawyer)
            APOLOGIES
            PLA146/14
            Apologies for absence were recorded from Councillor Weeden.
            """).Attendance;

        Assert.Equal(["Mrs Soyke", "Noakes", "Backhouse", "Dr Hall", "Webb"], attendance.Present.Select(p => p.Name));
        Assert.Equal(AttendeeRole.Chair, attendance.Present[0].Role);
        Assert.Equal([("Tim Archer", "Principal Planning Officer"), ("Jo Smith", "Lawyer")], attendance.Officers.Select(p => (p.Name, p.Note)));
        Assert.Equal("Weeden", Assert.Single(attendance.Apologies).Name);
    }

    [Fact]
    public void Apologies_minuted_as_an_item_name_the_absent_member_and_the_substitute()
    {
        var attendance = Parse.Text("""
            Items
            | No. |
            Item |
            17/25 |
            Apologies for Absence and Named Substitutes
            Minutes:
            Apologies for absence were received on behalf of Councillor D. Hopkins with Councillor H.D.N. Warren-Clarke in attendance as the substitute.
            |
            """).Attendance;

        Assert.Equal("D. Hopkins", Assert.Single(attendance.Apologies).Name);
        Assert.Equal("H.D.N. Warren-Clarke", Assert.Single(attendance.Substitutes).Name);
        Assert.Contains(attendance.Present, p => p.Name == "H.D.N. Warren-Clarke");
    }

    [Fact]
    public void An_officers_list_printed_without_separators_is_cut_into_job_titles()
    {
        var attendance = Parse.Text("""
            PRESENT: Councillor R Carlin (Chairman)

            IN ATTENDANCE: Lisburn & Castlereagh City Council

            Chief Executive Head of Human Resources & Organisational Development Head of Finance (Acting) PSCP/Member Services Manager Member Services Officer

            1. Apologies

            An apology for non-attendance at the meeting was accepted and recorded on behalf of the Deputy Mayor, Councillor J McCarthy.
            """).Attendance;

        Assert.Equal(
            ["Chief Executive", "Head of Human Resources & Organisational Development", "Head of Finance (Acting)", "PSCP/Member Services Manager", "Member Services Officer"],
            attendance.Officers.Select(o => o.Note is null ? o.Name : $"{o.Name} ({o.Note})"));
        Assert.Equal("J McCarthy", Assert.Single(attendance.Apologies).Name);
    }
}
