using System.Text;

namespace CouncilMinutes.Tests.Web;

/// <summary>The header App Service Authentication sets for a signed-in person: Base64 JSON of their claims.</summary>
internal static class AppServicePrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The header's value for someone with the app role <paramref name="role"/>.</summary>
    public static string With(string role) => Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""
        {"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"name","val":"A Clerk"},{"typ":"roles","val":"{{role}}"}]}
        """));
}
