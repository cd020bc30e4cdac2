// The Event Grid subscription that feeds the IngestMinutes blob trigger (Source = BlobTriggerSource.EventGrid): every
// blob written to minutes-inbox is announced to the function's webhook. The webhook needs the host's blobs_extension
// system key, which exists only once the code is deployed and the host has started, so this is not part of main.bicep:
// infra/hooks/postdeploy.sh applies it after `azd deploy`, and applying it again changes nothing.

@description('Name of the function app.')
param functionAppName string

@description('Name of the Event Grid system topic on the storage account.')
param systemTopicName string

@description('Name of the storage account, which holds the dead-letter container.')
param storageAccountName string

@description('Container undeliverable events are written to.')
param deadLetterContainerName string

@description('Function the events are for, as named in Functions/IngestMinutes.cs.')
param functionName string = 'IngestMinutes'

@description('Container the blob trigger watches.')
param inboxContainerName string = 'minutes-inbox'

@description('How many times Event Grid tries to deliver an event before dead-lettering it.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('How long Event Grid keeps trying to deliver an event, in minutes, before dead-lettering it.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: '${functionName}-${inboxContainerName}'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        // The key is read here, at deployment, so it never passes through a script, a parameter or the deployment's history.
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${listKeys('${functionApp.id}/host/default', '2025-03-01').systemKeys.blobs_extension}'
        // One blob per delivery, so one slow document never holds back others and a retry repeats one document only.
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      // The trailing /blobs/ keeps containers whose names merely start with the inbox's out of the subscription.
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainerName}/blobs/'
      // A finished upload, whatever the client: one request (PutBlob), staged blocks committed (PutBlockList), or a copy.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: ['PutBlob', 'PutBlockList', 'CopyBlob']
        }
      ]
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    // Shared keys are off on the account, so the topic writes dead letters as its own identity (granted in access.bicep).
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storageAccount.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}
