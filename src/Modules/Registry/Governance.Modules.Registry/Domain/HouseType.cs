namespace Governance.Modules.Registry.Domain;

/// <summary>房屋用途.</summary>
internal enum HouseType
{
    Residential = 1,
    CommercialResidential = 2,
    Shop = 3,
    Office = 4,
    Factory = 5,
    Warehouse = 6,
    SelfBuilt = 7,
    Other = 9,
}
