// The Functions app on a Flex Consumption (FC1) plan: .NET 10 isolated worker, scaled out per function group by the
// platform (the Event Grid blob trigger's group grows with the backlog of new inbox blobs), to zero when idle.
// It runs as the user-assigned identity: its code package, host state, the pipeline's storage, telemetry and Key Vault
// references all authenticate as that identity.

@description('Name of the function app (globally unique: it is the host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region; it must offer Flex Consumption.')
param location string

@description('Tags for the plan and the app.')
param tags { *: string }

@description('The azd service this app deploys, as named in azure.yaml.')
param serviceName string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Blob endpoint of the storage account, ending in a slash.')
param blobEndpoint string

@description('Queue endpoint of the storage account.')
param queueEndpoint string

@description('Table endpoint of the storage account.')
param tableEndpoint string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Container in that account the deployment package is uploaded to.')
param deploymentContainerName string

@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('The pipeline\'s own settings; one whose value is empty is left out, so the code\'s default applies.')
param appSettings { *: string }

@description('Application (client) id of the Entra ID app registration clerks sign in with; empty: no sign-in, and the clerks\' pages refuse everyone.')
param clerkSignInClientId string

@description('Whether clerks sign in with Entra ID.')
var signIn = !empty(clerkSignInClientId)

@description('How the app reaches storage and telemetry: as its identity, by role, with no key in any setting.')
var connectionSettings = {
  // The Functions host's own state: keys, singleton locks, timer schedules, blob receipts.
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // The triggers' connection (Connection = "MinutesStorage") and the pipeline's storage, read by MinutesStorageOptions.
  MinutesStorage__blobServiceUri: blobEndpoint
  MinutesStorage__queueServiceUri: queueEndpoint
  MinutesStorage__tableServiceUri: tableEndpoint
  MinutesStorage__credential: 'managedidentity'
  MinutesStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Flex Consumption takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION
// are not app settings there. The whole set is written on each deployment, so settings are changed here, not in the portal.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: union(
    toObject(filter(items(appSettings), setting => !empty(setting.value)), setting => setting.key, setting => setting.value),
    connectionSettings,
    siteSettings
  )
}

@description('What the site needs from the platform: its public address for the digests\' links, and whom to trust as signed in.')
var siteSettings = union(
  {
    ActionLinks__BaseUrl: 'https://${app.properties.defaultHostName}/'
  },
  signIn ? {
    // The site trusts X-MS-CLIENT-PRINCIPAL only with this set: App Service Authentication sets that header and strips
    // whatever a caller sent in its name.
    Clerks__AppServiceAuthentication: 'true'
    // No client secret: the app registration trusts the app's managed identity as a federated credential
    // (infra/hooks/clerk-sign-in.sh), and App Service Authentication signs its token requests as that identity.
    OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identityClientId
  } : {}
)

// App Service Authentication with Microsoft Entra ID. Residents' pages are public, so nobody is turned away here; a clerk's
// page with no principal sends the browser to /.auth/login/aad, and the site requires the Clerk app role
// (Web/Clerks/ClerkSignIn.cs).
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = if (signIn) {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clerkSignInClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
        }
        validation: {
          allowedAudiences: [
            'api://${clerkSignInClientId}'
          ]
        }
      }
    }
    login: {
      // The site reads only the principal; it calls no API on a clerk's behalf, so no token is kept.
      tokenStore: {
        enabled: false
      }
    }
  }
  dependsOn: [settings]
}

// azd deploys with Microsoft Entra ID; nothing needs the publishing user name and password.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the app.')
output name string = app.name

@description('Host name of the app.')
output hostName string = app.properties.defaultHostName
