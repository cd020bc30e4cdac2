# azd postdeploy hook on Windows: the same as postdeploy.sh (read that for why). Safe to run again.
$ErrorActionPreference = 'Stop'
$infra = Split-Path -Parent $PSScriptRoot
$timeoutSeconds = if ($env:BLOBS_KEY_TIMEOUT_SECONDS) { [int]$env:BLOBS_KEY_TIMEOUT_SECONDS } else { 600 }

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_STORAGE_ACCOUNT_NAME',
    'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME', 'AZURE_EVENTGRID_DEADLETTER_CONTAINER') {
  if (-not [Environment]::GetEnvironmentVariable($name)) {
    Write-Error "postdeploy: $name is not set. Run 'azd provision' (or 'azd up') first; azd sets it from infra/main.bicep."
  }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
  Write-Error "postdeploy: the Azure CLI (az) is needed to subscribe the blob trigger; install it and run 'azd hooks run postdeploy'."
}

# Asks only whether the key exists; blobSubscription.bicep reads the key itself during the deployment.
function Test-BlobsKey {
  $exists = az functionapp keys list --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_APP_NAME `
    --query 'systemKeys.blobs_extension != null' --output tsv 2>$null
  return ($LASTEXITCODE -eq 0) -and ($exists -eq 'true')
}

Write-Host "postdeploy: waiting for $env:AZURE_FUNCTION_APP_NAME's blob trigger to start (up to ${timeoutSeconds}s)"
$deadline = (Get-Date).AddSeconds($timeoutSeconds)
while (-not (Test-BlobsKey)) {
  if ((Get-Date) -ge $deadline) {
    Write-Error ("postdeploy: no blobs_extension key on $env:AZURE_FUNCTION_APP_NAME after ${timeoutSeconds}s. Check that the " +
      "deployment succeeded and the host starts, then run 'azd hooks run postdeploy'.")
  }
  Start-Sleep -Seconds 15
}

Write-Host 'postdeploy: subscribing IngestMinutes to new blobs in minutes-inbox'
az deployment group create `
  --resource-group $env:AZURE_RESOURCE_GROUP `
  --name blob-subscription `
  --template-file (Join-Path $infra 'blobSubscription.bicep') `
  --parameters `
    "functionAppName=$env:AZURE_FUNCTION_APP_NAME" `
    "systemTopicName=$env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" `
    "storageAccountName=$env:AZURE_STORAGE_ACCOUNT_NAME" `
    "deadLetterContainerName=$env:AZURE_EVENTGRID_DEADLETTER_CONTAINER" `
  --output none
if ($LASTEXITCODE -ne 0) { Write-Error 'postdeploy: the Event Grid subscription deployment failed (see above).' }
Write-Host 'postdeploy: done; documents uploaded to minutes-inbox are now ingested'
