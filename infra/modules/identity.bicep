// The one identity the function app runs as: storage, Application Insights and Key Vault all authorise it by role, so
// no key or connection string exists anywhere.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the identity.')
param tags { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the app\'s identity list and its deployment storage authentication.')
output id string = identity.id

@description('Client id, for the __clientId connection settings and Application Insights authentication.')
output clientId string = identity.properties.clientId

@description('Object (principal) id: the subject the clerks\' sign-in app registration trusts as its federated credential.')
output principalId string = identity.properties.principalId
