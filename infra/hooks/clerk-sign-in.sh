#!/usr/bin/env bash
# Makes (or brings up to date) the Microsoft Entra ID app registration clerks sign in to the site with, and points the
# azd environment at it. Run once, after the first `azd provision`, by someone who may create app registrations in the
# tenant (Application Administrator or Cloud Application Administrator), then run `azd provision` again. Safe to run again.
#
# The registration has the app role Clerk (the site's clerks' pages require it), the app's /.auth callback as its only
# redirect, and no client secret: it trusts the function app's managed identity as a federated credential, which App
# Service Authentication signs its token requests with (OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID, infra/modules/functionApp.bicep).
set -euo pipefail

# The role's id is fixed so that running this again updates the same role rather than adding one.
readonly clerk_role_id=c6c33758-6784-4c55-af53-3ff24b719a84
readonly credential_name=function-app-identity

if [[ -z "${AZURE_FUNCTION_APP_HOST:-}" || -z "${AZURE_FUNCTION_APP_IDENTITY_PRINCIPAL_ID:-}" ]]; then
  eval "$(azd env get-values)"
fi
for name in AZURE_ENV_NAME AZURE_FUNCTION_APP_HOST AZURE_FUNCTION_APP_IDENTITY_PRINCIPAL_ID; do
  if [[ -z "${!name:-}" ]]; then
    echo "clerk-sign-in: $name is not set. Run 'azd provision' first; azd sets it from infra/main.bicep." >&2
    exit 2
  fi
done

tenant=$(az account show --query tenantId --output tsv)
display_name="Council minutes clerks ($AZURE_ENV_NAME)"
roles=$(mktemp)
trap 'rm -f "$roles"' EXIT
cat >"$roles" <<JSON
[{"id": "$clerk_role_id", "value": "Clerk", "displayName": "Clerk", "allowedMemberTypes": ["User"], "isEnabled": true,
  "description": "Sees the documents in quarantine and the failed notifications, and gives a document its committee and date."}]
JSON

app_id=$(az ad app list --display-name "$display_name" --query '[0].appId' --output tsv)
if [[ -z $app_id ]]; then
  app_id=$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg --query appId --output tsv)
  echo "clerk-sign-in: created the app registration $display_name ($app_id)"
fi
az ad app update --id "$app_id" --identifier-uris "api://$app_id" --app-roles "@$roles" \
  --web-redirect-uris "https://$AZURE_FUNCTION_APP_HOST/.auth/login/aad/callback" --enable-id-token-issuance true
# The enterprise application, which clerks are assigned the role on.
az ad sp show --id "$app_id" >/dev/null 2>&1 || az ad sp create --id "$app_id" >/dev/null

if [[ -z $(az ad app federated-credential list --id "$app_id" --query "[?name=='$credential_name'].name" --output tsv) ]]; then
  az ad app federated-credential create --id "$app_id" --parameters "{\"name\": \"$credential_name\",
    \"issuer\": \"https://login.microsoftonline.com/$tenant/v2.0\", \"subject\": \"$AZURE_FUNCTION_APP_IDENTITY_PRINCIPAL_ID\",
    \"audiences\": [\"api://AzureADTokenExchange\"]}" >/dev/null
fi

azd env set CLERK_SIGN_IN_CLIENT_ID "$app_id"
echo "clerk-sign-in: done. Run 'azd provision' to turn sign-in on, then give each clerk the Clerk role:" \
  "Entra admin centre > Enterprise applications > $display_name > Users and groups > Add user/group."
