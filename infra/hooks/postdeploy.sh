#!/usr/bin/env bash
# azd postdeploy hook: subscribes the IngestMinutes blob trigger to new blobs in minutes-inbox by deploying
# infra/blobSubscription.bicep. That needs the host's blobs_extension key, which exists only once the deployed code has
# started, so this waits for it first. azd passes main.bicep's outputs as environment variables. Safe to run again.
set -euo pipefail

infra="$(cd "$(dirname "$0")/.." && pwd)"
timeout_seconds="${BLOBS_KEY_TIMEOUT_SECONDS:-600}"

for name in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_STORAGE_ACCOUNT_NAME AZURE_EVENTGRID_SYSTEM_TOPIC_NAME \
  AZURE_EVENTGRID_DEADLETTER_CONTAINER; do
  if [[ -z "${!name:-}" ]]; then
    echo "postdeploy: $name is not set. Run 'azd provision' (or 'azd up') first; azd sets it from infra/main.bicep." >&2
    exit 2
  fi
done
if ! command -v az >/dev/null; then
  echo "postdeploy: the Azure CLI (az) is needed to subscribe the blob trigger; install it and run 'azd hooks run postdeploy'." >&2
  exit 2
fi

# Asks only whether the key exists, so the key itself is never printed or held here; blobSubscription.bicep reads it
# during the deployment. Until the host has started, the question fails or answers false: both mean "not yet".
blobs_key_exists() {
  [[ "$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query 'systemKeys.blobs_extension != null' --output tsv 2>/dev/null)" == "true" ]]
}

echo "postdeploy: waiting for $AZURE_FUNCTION_APP_NAME's blob trigger to start (up to ${timeout_seconds}s)"
deadline=$((SECONDS + timeout_seconds))
until blobs_key_exists; do
  if ((SECONDS >= deadline)); then
    echo "postdeploy: no blobs_extension key on $AZURE_FUNCTION_APP_NAME after ${timeout_seconds}s. Check that the" \
      "deployment succeeded and the host starts (Application Insights, or 'az functionapp log deployment show')," \
      "then run 'azd hooks run postdeploy'." >&2
    exit 1
  fi
  sleep 15
done

echo "postdeploy: subscribing IngestMinutes to new blobs in minutes-inbox"
az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name blob-subscription \
  --template-file "$infra/blobSubscription.bicep" \
  --parameters \
    functionAppName="$AZURE_FUNCTION_APP_NAME" \
    systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
    deadLetterContainerName="$AZURE_EVENTGRID_DEADLETTER_CONTAINER" \
  --output none
echo "postdeploy: done; documents uploaded to minutes-inbox are now ingested"
