using System.ComponentModel;

namespace Governance.SharedKernel.Cases;

public enum ExtensionState
{
    [Description("审核中")]
    Pending = 1,

    [Description("同意")]
    Approved = 2,

    [Description("不同意")]
    Refused = 3,
}
