// The app's secrets, kept in Key Vault rather than in app settings: app settings can be read by anyone who may manage
// the app, a vault's secrets only by the identities granted Key Vault Secrets User. The app settings hold Key Vault
// references instead, which the platform resolves with the app's managed identity.

@description('Name of the vault (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the vault.')
param tags { *: string }

@description('Secrets to keep, by name; an empty value creates nothing.')
@secure()
param secrets { *: string }

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Azure RBAC, not access policies: who may read a secret is a role assignment, reviewed with all the others.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource secretValues 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secret in filter(items(secrets), secret => !empty(secret.value)): {
    parent: vault
    name: secret.key
    properties: {
      value: secret.value
    }
  }
]

@description('Name of the vault, for Key Vault references and the role assignment.')
output name string = vault.name
