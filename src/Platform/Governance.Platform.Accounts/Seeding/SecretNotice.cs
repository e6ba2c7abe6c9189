namespace Governance.Platform.Accounts.Seeding;

/// <summary>Where a secret shown once goes: the console; tests put a writer of their own in its place.</summary>
internal sealed class SecretNotice(TextWriter output)
{
    public void GeneratedAdministratorPassword(string userName, string password)
    {
        const string rule = "================================================================================";
        output.WriteLine(rule);
        output.WriteLine(" Governance 首次启动：已创建系统管理员账号 (first start: administrator created)");
        output.WriteLine($"   用户名 user name: {userName}");
        output.WriteLine($"   初始密码 password: {password}");
        output.WriteLine(" 此密码只显示这一次，首次登录后必须修改。Shown only this once; change it at the first sign-in.");
        output.WriteLine(" 设置 Auth__AdminPassword 可在首次启动时改用指定密码。");
        output.WriteLine(rule);
        output.Flush();
    }
}
