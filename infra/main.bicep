// The Council Minutes Pipeline on Azure, as `azd up` provisions it: one resource group holding a Flex Consumption
// function app, its managed identity, a storage account with everything the pipeline uses, an Event Grid system topic,
// Log Analytics and Application Insights, and a Key Vault for the notifier's secrets. The Event Grid subscription that
// feeds the blob trigger needs the deployed code's key, so infra/hooks/postdeploy.sh applies it (blobSubscription.bicep).
targetScope = 'subscription'

@description('The azd environment name; it names the resource group and seeds every resource name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region for every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@minLength(1)
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person or pipeline running azd, given data access to the storage to upload, reprocess and query; empty for none.')
param operatorPrincipalId string = ''

@description('Most instances the app scales out to when a backfill drops many documents at once.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance, in MB: 2048 parses a 50 MB PDF with room to spare.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

// azd passes an unset environment variable to a string parameter as '' rather than leaving its default, so string
// parameters default to '' and '' means "not set": the app setting is left out and the code's default applies.

@description('When the portal scraper runs: an NCRONTAB expression (seconds first) in UTC; empty for 0 0 6 * * * (06:00 daily).')
param scrapeSchedule string = ''

@description('Base address of the council\'s ModernGov portal; empty for the code\'s default, https://councillors.halton.gov.uk.')
param portalBaseUrl string = ''

@description('The council\'s name: the scraper\'s council hint and whose owners directory the notifier reads; empty for none.')
param council string = ''

@description('ModernGov committee ids to watch, comma-separated (e.g. 316,292); empty for the scraper\'s default.')
param portalCommittees string = ''

@description('How many days back the scraper looks for newly published minutes.')
@minValue(1)
param portalWindowDays int = 60

@description('Contact address put in the scraper\'s User-Agent, so the portal\'s operators can reach whoever runs it.')
@minLength(3)
param portalContact string

@description('Notification channels, comma-separated: log, smtp, webhook; empty for log.')
param notificationChannels string = ''

@description('Where notifications go for an owner with no address of their own; empty for none.')
param notificationFallbackEmail string = ''

@description('SMTP server host name; empty when mail is not sent.')
param smtpHost string = ''

@description('SMTP server port; 0 for the code\'s default.')
@minValue(0)
@maxValue(65535)
param smtpPort int = 0

@description('SMTP transport security; empty for the code\'s default.')
@allowed(['', 'None', 'StartTls', 'SslOnConnect'])
param smtpSecurity string = ''

@description('Address notifications are sent from; empty when mail is not sent.')
param smtpFrom string = ''

@description('SMTP user name; empty when the server needs none.')
param smtpUser string = ''

@description('SMTP password, kept in Key Vault; empty when the server needs none.')
@secure()
param smtpPassword string = ''

@description('Key webhook deliveries are signed with, kept in Key Vault; empty when webhooks are not used.')
@secure()
param webhookSecret string = ''

@description('Key the digests\' "Done" / "Not mine" links are signed with (32 random bytes, Base64), kept in Key Vault; empty for digests without links.')
@secure()
param actionLinkSecret string = ''

@description('Application (client) id of the Entra ID app registration clerks sign in with (infra/hooks/clerk-sign-in.sh makes it); empty: the clerks\' pages refuse everyone.')
param clerkSignInClientId string = ''

@description('Largest document the pipeline reads, in bytes; a larger one is quarantined unread.')
@minValue(1)
param maxDocumentBytes int = 52428800

@description('Seeds every globally unique name, so one environment in one subscription and region always gets the same names.')
var token = toLower(uniqueString(subscription().id, environmentName, location))

@description('Resource names: fixed for an environment, so modules can refer to each other\'s resources by name.')
var names = {
  identity: 'id-minutes-${token}'
  logAnalytics: 'log-${token}'
  applicationInsights: 'appi-${token}'
  storage: 'st${token}'
  systemTopic: 'evgt-${token}'
  keyVault: 'kv-${token}'
  plan: 'plan-${token}'
  functionApp: 'func-minutes-${token}'
}

@description('Tags on every resource; azd finds its environment\'s resources by azd-env-name.')
var tags = { 'azd-env-name': environmentName }

@description('What the pipeline uses, as in Ingestion/Storage/StorageNames.cs (Tests/Infrastructure keeps the two the same).')
var pipelineStorage = loadJsonContent('storage-names.json')

@description('Where Flex Consumption fetches the app\'s code package from.')
var deploymentContainerName = 'app-package'

@description('Where Event Grid puts inbox events it could not deliver. Not named minutes-inbox-…: the subscription filters on that prefix.')
var deadLetterContainerName = 'eventgrid-deadletter'

@description('Secrets kept in Key Vault, by secret name.')
var secretNames = {
  smtpPassword: 'smtp-password'
  webhookSecret: 'webhook-secret'
  actionLinkSecret: 'action-link-secret'
}

@description('The committee ids, trimmed, without empty entries.')
var committees = filter(map(split(portalCommittees, ','), committee => trim(committee)), committee => !empty(committee))

@description('An app setting value that the platform replaces with the secret, read as the app\'s identity.')
func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secretName})'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: names.storage
    systemTopicName: names.systemTopic
    location: location
    tags: tags
    containerNames: concat(pipelineStorage.containers, [deploymentContainerName, deadLetterContainerName])
    tableNames: pipelineStorage.tables
    queueNames: pipelineStorage.queues
  }
}

module secrets 'modules/secrets.bicep' = {
  scope: resourceGroup
  params: {
    name: names.keyVault
    location: location
    tags: tags
    secrets: {
      '${secretNames.smtpPassword}': smtpPassword
      '${secretNames.webhookSecret}': webhookSecret
      '${secretNames.actionLinkSecret}': actionLinkSecret
    }
  }
}

// By name rather than by the other modules' outputs, so What-If can predict the assignments; hence the explicit order.
module access 'modules/access.bicep' = {
  scope: resourceGroup
  params: {
    appIdentityName: names.identity
    systemTopicName: names.systemTopic
    operatorPrincipalId: operatorPrincipalId
    storageAccountName: names.storage
    deadLetterContainerName: deadLetterContainerName
    applicationInsightsName: names.applicationInsights
    keyVaultName: names.keyVault
  }
  dependsOn: [identity, storage, monitoring, secrets]
}

// After the role assignments, so the app's first start can already read its code package, storage and secrets.
module functionApp 'modules/functionApp.bicep' = {
  scope: resourceGroup
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    serviceName: 'functions'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    clerkSignInClientId: clerkSignInClientId
    appSettings: union(
      {
        // The timer trigger cannot start without it, so it alone has a default here.
        ScrapeSchedule: empty(scrapeSchedule) ? '0 0 6 * * *' : scrapeSchedule
        Portal__BaseUrl: portalBaseUrl
        Portal__WindowDays: string(portalWindowDays)
        Portal__Contact: portalContact
        Portal__Council: council
        Notifications__Council: council
        Notifications__Channels: notificationChannels
        Notifications__FallbackEmail: notificationFallbackEmail
        Notifications__Smtp__Host: smtpHost
        Notifications__Smtp__Port: smtpPort == 0 ? '' : string(smtpPort)
        Notifications__Smtp__Security: smtpSecurity
        Notifications__Smtp__From: smtpFrom
        Notifications__Smtp__User: smtpUser
        Notifications__Smtp__Password: empty(smtpPassword) ? '' : keyVaultReference(secrets.outputs.name, secretNames.smtpPassword)
        Notifications__Webhook__Secret: empty(webhookSecret) ? '' : keyVaultReference(secrets.outputs.name, secretNames.webhookSecret)
        ActionLinks__Secret: empty(actionLinkSecret) ? '' : keyVaultReference(secrets.outputs.name, secretNames.actionLinkSecret)
        Limits__MaxDocumentBytes: string(maxDocumentBytes)
      },
      // The configuration binder reads a list as numbered keys: Portal__Committees__0, Portal__Committees__1, ...
      toObject(
        range(0, length(committees)),
        i => 'Portal__Committees__${i}',
        i => committees[i]
      )
    )
  }
  dependsOn: [access]
}

@description('Resource group everything is in; azd and the postdeploy hook read it.')
output AZURE_RESOURCE_GROUP string = resourceGroup.name

@description('Name of the function app.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Host name of the function app.')
output AZURE_FUNCTION_APP_HOST string = functionApp.outputs.hostName

@description('Object id of the app\'s identity, which infra/hooks/clerk-sign-in.sh makes a federated credential of the clerks\' sign-in.')
output AZURE_FUNCTION_APP_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId

@description('Storage account name; the minutes command reaches it as MINUTES_MinutesStorage__blobServiceUri and so on.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Blob endpoint, for MINUTES_MinutesStorage__blobServiceUri.')
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint

@description('Queue endpoint, for MINUTES_MinutesStorage__queueServiceUri.')
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint

@description('Table endpoint, for MINUTES_MinutesStorage__tableServiceUri.')
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint

@description('Event Grid system topic the postdeploy hook subscribes the blob trigger to.')
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = storage.outputs.systemTopicName

@description('Container Event Grid dead-letters undeliverable inbox events to.')
output AZURE_EVENTGRID_DEADLETTER_CONTAINER string = deadLetterContainerName
