<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HeatmapOverlay</name>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="26"/>
        <source>The anomaly map has %1 values, which does not match %2 x %3.</source>
        <translation>异常图有 %1 个值，与 %2 x %3 不符。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="33"/>
        <source>The anomaly map range [%1, %2] is empty.</source>
        <translation>异常图的取值范围 [%1, %2] 为空。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="47"/>
        <source>The anomaly map image is empty.</source>
        <translation>异常图图像为空。</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="9"/>
        <source>Changed on another station</source>
        <translation>已在另一工作站上更改</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="10"/>
        <source>Someone else saved %1 after you opened it.</source>
        <translation>在您打开 %1 之后，其他人保存了它。</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="13"/>
        <source>Keep yours (replacing theirs), take theirs (dropping yours), or go on editing and decide later?</source>
        <translation>保留您的版本（替换对方的），采用对方的版本（放弃您的），还是继续编辑、稍后再决定？</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="16"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="18"/>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="20"/>
        <source>&amp;Go On Editing</source>
        <translation>继续编辑(&amp;G)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/project/project_store.cpp" line="70"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="82"/>
        <source>%1 is not an SQLite database: the file is corrupt or of another kind. It was left unchanged.</source>
        <translation>%1 不是 SQLite 数据库：文件已损坏或属于其他类型。该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="87"/>
        <source>The project database %1 is damaged (%2). It was left unchanged; restore the project from a backup (File &gt; Restore Project...).</source>
        <translation>项目数据库 %1 已损坏（%2）。它未被更改；请从备份恢复项目（文件 &gt; 恢复项目...）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="92"/>
        <source>The disk is full: %1 cannot be opened until some space is freed.</source>
        <translation>磁盘已满：在释放部分空间之前无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="94"/>
        <source>%1 cannot be read here (%2).</source>
        <translation>此处无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="95"/>
        <source>%1 cannot be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="97"/>
        <source>%1 cannot be read as a database (%2). It was left unchanged.</source>
        <translation>无法将 %1 作为数据库读取（%2）。该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="131"/>
        <source>%1 is an SQLite database, but not a DMAD Studio project. It was left unchanged.</source>
        <translation>%1 是 SQLite 数据库，但不是 DMAD Studio 项目。该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="137"/>
        <location filename="../core/project/project_store.cpp" line="318"/>
        <source>%1 was written by a newer DMAD Studio (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1 由更新版本的 DMAD Studio 写入（架构 %2；此版本最高可读取 %3）。该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="149"/>
        <source>%1 is not an SQLite database: the file is empty. It was left unchanged.</source>
        <translation>%1 不是 SQLite 数据库：文件为空。该文件未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="84"/>
        <source>Opening the backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="88"/>
        <source>The database copy in the backup failed its integrity check.</source>
        <translation>备份中的数据库副本未通过完整性检查。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="106"/>
        <source>%1 is a file; give a folder for the backup.</source>
        <translation>%1 是一个文件；请为备份指定一个文件夹。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="115"/>
        <source>A backup cannot be put inside the project folder %1.</source>
        <translation>备份不能放在项目文件夹 %1 内。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="118"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="141"/>
        <source>Cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="149"/>
        <source>%1 is not a DMAD Studio backup (no %2 in it).</source>
        <translation>%1 不是 DMAD Studio 备份（其中没有 %2）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="155"/>
        <source>%1 is not a backup this version can read.</source>
        <translation>%1 不是此版本可以读取的备份。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="174"/>
        <location filename="../core/project/project_backup.cpp" line="198"/>
        <location filename="../core/project/project_backup.cpp" line="256"/>
        <location filename="../core/project/project_store.cpp" line="169"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="226"/>
        <source>The project %1 is open (in DMAD Studio or another program); close it before restoring over it.</source>
        <translation>项目 %1 已打开（在 DMAD Studio 或其他程序中）；请先关闭它，再在其上恢复。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="231"/>
        <source>%1 is not empty and holds no project; restore into a new or empty folder.</source>
        <translation>%1 不为空且不包含项目；请恢复到新的或空的文件夹中。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="244"/>
        <source>The backup lists a file outside itself: %1</source>
        <translation>备份中列出了其自身之外的文件：%1</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="249"/>
        <source>The backup is damaged: %1 differs from what was backed up. Nothing was restored.</source>
        <translation>备份已损坏：%1 与备份时的内容不同。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="265"/>
        <source>The database in the backup is damaged (%1). Nothing was restored.</source>
        <translation>备份中的数据库已损坏（%1）。未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="31"/>
        <location filename="../core/project/project_store.cpp" line="187"/>
        <source>%1 already holds a project</source>
        <translation>%1 中已有一个项目</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="35"/>
        <source>%1 is not empty; the demo project needs a new or empty folder</source>
        <translation>%1 不为空；演示项目需要一个新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="40"/>
        <source>%1 holds no data in MVTec layout</source>
        <translation>%1 中没有 MVTec 布局的数据</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="61"/>
        <source>Cannot move the demo project to %1</source>
        <translation>无法将演示项目移动到 %1</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="226"/>
        <source>%1 is not a DMAD Studio project (no %2 in it)</source>
        <translation>%1 不是 DMAD Studio 项目（其中没有 %2）</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="260"/>
        <source>Cannot connect to %1 as %2: %3</source>
        <translation>无法以 %2 身份连接到 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="271"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed here: install libqt6sql6-psql to open projects on a server.</source>
        <translation>此处未安装 Qt 的 PostgreSQL 驱动（QPSQL）：请安装 libqt6sql6-psql 以打开服务器上的项目。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="313"/>
        <source>The database %1 holds tables, but is not a DMAD Studio project. It was left unchanged.</source>
        <translation>数据库 %1 包含数据表，但不是 DMAD Studio 项目。它未被更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="327"/>
        <source>The project on %1 needs an upgrade (schema %2 to %3) that only its owner, the server account %4, or a PostgreSQL superuser can run: ask them to connect to it once with this version of DMAD Studio (File &gt; Connect to Server...), which upgrades it. Nothing was changed.</source>
        <translation>%1 上的项目需要升级（架构 %2 到 %3），只有其所有者（服务器账户 %4）或 PostgreSQL 超级用户才能执行：请他们用此版本的 DMAD Studio 连接一次该项目（文件 &gt; 连接到服务器...），即可完成升级。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="349"/>
        <source>The project %1 is open read-only (its files or folder are not writable for you): changes cannot be saved.</source>
        <translation>项目 %1 以只读方式打开（您对其文件或文件夹没有写权限）：无法保存更改。</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="369"/>
        <source>%1 was made by an older DMAD Studio and must be upgraded, which needs write access to the project folder.</source>
        <translation>%1 由旧版本的 DMAD Studio 创建，必须升级，这需要对项目文件夹有写权限。</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="31"/>
        <source>a labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="32"/>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="33"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="41"/>
        <source>you are signed in as a labeller</source>
        <translation>您当前以标注员身份登录</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="42"/>
        <source>you are signed in as a supervisor</source>
        <translation>您当前以主管身份登录</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="43"/>
        <source>you are signed in as an administrator</source>
        <translation>您当前以管理员身份登录</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="56"/>
        <source>label images</source>
        <translation>标注图像</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="57"/>
        <source>review labels</source>
        <translation>审核标注</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="58"/>
        <source>change a threshold</source>
        <translation>更改阈值</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="59"/>
        <source>activate or roll back a model version</source>
        <translation>启用或回滚模型版本</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="60"/>
        <source>delete what another user made</source>
        <translation>删除其他用户创建的内容</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="61"/>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="81"/>
        <source>&quot;%1&quot; has no account in this project</source>
        <translation>“%1”在此项目中没有账户</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="83"/>
        <source>Only %1 may %2; %3.</source>
        <translation>只有%1可以%2；%3。</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="38"/>
        <source>This project already has an administrator; ask them for an account.</source>
        <translation>此项目已有管理员；请向其申请账户。</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="44"/>
        <source>There is already a user &quot;%1&quot; with a password.</source>
        <translation>已存在设有密码的用户“%1”。</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="66"/>
        <source>%1 has no password yet: an administrator gives the account one (File &gt; Add User... with the same name).</source>
        <translation>%1 还没有密码：由管理员为该账户设置密码（文件 &gt; 添加用户，使用相同的名称）。</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="70"/>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名未知或密码错误。</translation>
    </message>
    <message>
        <location filename="../core/project/atomic_file.cpp" line="93"/>
        <source>%1 was not written</source>
        <translation>未写入 %1</translation>
    </message>
    <message>
        <location filename="../core/project/atomic_file.cpp" line="117"/>
        <location filename="../core/project/atomic_file.cpp" line="127"/>
        <location filename="../core/project/project_backup.cpp" line="43"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="99"/>
        <source>entry %1 follows entry %2: the entries between them are missing</source>
        <translation>条目 %1 紧随条目 %2：两者之间的条目缺失</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="103"/>
        <source>entry %1 has no valid time</source>
        <translation>条目 %1 没有有效的时间</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="105"/>
        <source>entry %1 is dated before entry %2 (back-dated)</source>
        <translation>条目 %1 的日期早于条目 %2（倒签日期）</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="108"/>
        <source>entry %1 was changed, inserted or follows a changed entry (its hash does not match)</source>
        <translation>条目 %1 已被更改、插入，或位于已更改的条目之后（其哈希值不匹配）</translation>
    </message>
    <message>
        <location filename="../core/project/category_repository.cpp" line="11"/>
        <source>A category needs a name</source>
        <translation>类别需要名称</translation>
    </message>
    <message>
        <location filename="../core/project/defect_type_repository.cpp" line="34"/>
        <source>A defect type needs a name</source>
        <translation>缺陷类型需要名称</translation>
    </message>
    <message>
        <location filename="../core/project/defect_type_repository.cpp" line="48"/>
        <source>%1 is not a colour of the form #rrggbb</source>
        <translation>%1 不是 #rrggbb 形式的颜色</translation>
    </message>
    <message>
        <location filename="../core/project/folder_import.cpp" line="15"/>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/project/folder_import.cpp" line="30"/>
        <source>%1 holds no PNG, JPEG, BMP or TIFF images</source>
        <translation>%1 中没有 PNG、JPEG、BMP 或 TIFF 图像</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="54"/>
        <source>%1: the file name is not valid UTF-8, so it cannot be opened; rename the file and import it again</source>
        <translation>%1：文件名不是有效的 UTF-8，因此无法打开；请重命名该文件后重新导入</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="57"/>
        <location filename="../core/project/image_importer.cpp" line="65"/>
        <location filename="../core/project/image_importer.cpp" line="104"/>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="74"/>
        <location filename="../core/project/image_importer.cpp" line="144"/>
        <source>Cannot copy %1 into the project</source>
        <translation>无法将 %1 复制到项目中</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="107"/>
        <source>%1: not a readable PNG, JPEG, BMP or TIFF image</source>
        <translation>%1：不是可读取的 PNG、JPEG、BMP 或 TIFF 图像</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="110"/>
        <source>%1: its header claims %2 x %3 pixels, above the limit of %4 megapixels; not imported</source>
        <translation>%1：其文件头声明为 %2 x %3 像素，超过 %4 百万像素的上限；未导入</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="119"/>
        <source>%1: the file is truncated (an incomplete copy or download); not imported</source>
        <translation>%1：文件不完整（复制或下载未完成）；未导入</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="152"/>
        <source>%1: mask not imported: %2</source>
        <translation>%1：掩膜未导入：%2</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="23"/>
        <source>An image needs a path and a size: %1</source>
        <translation>图像需要路径和尺寸：%1</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="131"/>
        <location filename="../core/project/mask_repository.cpp" line="151"/>
        <source>There is no image %1</source>
        <translation>不存在图像 %1</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="133"/>
        <source>%1 was changed by someone else after you opened it (it is now %2). Nothing was saved.</source>
        <translation>在您打开 %1 之后，其他人更改了它（现为 %2）。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="39"/>
        <source>The mask</source>
        <translation>掩膜</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="47"/>
        <source>The mask of image %1 was changed by someone else after you opened it (version %2, yours was %3). Nothing was saved.</source>
        <translation>在您打开图像 %1 的掩膜之后，其他人更改了它（版本 %2，您的版本为 %3）。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="71"/>
        <source>Cannot read the mask %1: %2</source>
        <translation>无法读取掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="94"/>
        <source>The server did not let you remove the mask of image %1 (painted by %2): only its author or a supervisor may.</source>
        <translation>服务器不允许您删除图像 %1 的掩膜（由 %2 绘制）：只有其作者或主管可以删除。</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="101"/>
        <source>Cannot delete the mask %1</source>
        <translation>无法删除掩膜 %1</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="153"/>
        <source>%1 is not a PNG image</source>
        <translation>%1 不是 PNG 图像</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="156"/>
        <source>%1 is %2x%3 pixels, but the image is %4x%5</source>
        <translation>%1 为 %2x%3 像素，但图像为 %4x%5</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="23"/>
        <source>The model&apos;s %1 are not valid JSON: %2</source>
        <translation>模型的%1不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="34"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="35"/>
        <location filename="../core/project/model_repository.cpp" line="56"/>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="63"/>
        <source>There is no model %1</source>
        <translation>不存在模型 %1</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="97"/>
        <source>Model version %1 on the server does not match its checksum: it cannot be loaded.</source>
        <translation>服务器上的模型版本 %1 与其校验和不符：无法加载。</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="34"/>
        <location filename="../core/project/mvtec_export.cpp" line="41"/>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="78"/>
        <source>%1: missing, not exported</source>
        <translation>%1：缺失，未导出</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="97"/>
        <source>%1: mask missing, image exported without it</source>
        <translation>%1：缺少掩膜，图像已在无掩膜的情况下导出</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_import.cpp" line="66"/>
        <source>%1 is not in MVTec layout: no category with train/ or test/ folders in it</source>
        <translation>%1 不是 MVTec 布局：其中没有包含 train/ 或 test/ 文件夹的类别</translation>
    </message>
    <message>
        <location filename="../core/project/password_hash.cpp" line="14"/>
        <source>The password library (libsodium) could not start.</source>
        <translation>无法启动密码库（libsodium）。</translation>
    </message>
    <message>
        <location filename="../core/project/password_hash.cpp" line="29"/>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>无法对密码进行哈希处理：内存不足。</translation>
    </message>
    <message>
        <location filename="../core/project/project_copy.cpp" line="96"/>
        <source>The target project already holds data (%1 rows in %2): a copy goes only into a new project.</source>
        <translation>目标项目已包含数据（%2 中有 %1 行）：只能复制到新项目中。</translation>
    </message>
    <message>
        <location filename="../core/project/project_copy.cpp" line="109"/>
        <source>The copy of %1 has %2 rows, the source %3: nothing was copied.</source>
        <translation>%1 的副本有 %2 行，源有 %3 行：未复制任何内容。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="32"/>
        <source>The server refused this for your account: %1</source>
        <translation>服务器拒绝了您账户的此操作：%1</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="36"/>
        <source>The database server&apos;s disk is full: the change was not saved.</source>
        <translation>数据库服务器的磁盘已满：更改未保存。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="40"/>
        <source>The connection to the database server was lost: the change was not saved (%1).</source>
        <translation>与数据库服务器的连接已断开：更改未保存（%1）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="46"/>
        <source>The database server is read-only: the change was not saved.</source>
        <translation>数据库服务器为只读：更改未保存。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="82"/>
        <source>The disk is full: the change was not saved (the project is intact). Free some space and try again.</source>
        <translation>磁盘已满：更改未保存（项目完好无损）。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="86"/>
        <source>The project database is damaged (%1). Restore the project from a backup (File &gt; Restore Project...).</source>
        <translation>项目数据库已损坏（%1）。请从备份恢复项目（文件 &gt; 恢复项目...）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="90"/>
        <source>The project is read-only here: the change was not saved.</source>
        <translation>此处的项目为只读：更改未保存。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="98"/>
        <source>The disk is full: %1 could not be written (nothing was replaced).</source>
        <translation>磁盘已满：无法写入 %1（未替换任何内容）。</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="103"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="107"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/project/project_recovery.cpp" line="65"/>
        <source>model version %1: %2</source>
        <translation>模型版本 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="74"/>
        <source>%n half-written file(s) of an interrupted save were removed.</source>
        <translation>
            <numerusform>已删除中断的保存操作留下的 %n 个未写完的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="78"/>
        <source>%n file(s) that the project does not record (left by an interrupted save) were moved to %1:</source>
        <translation>
            <numerusform>项目未记录的 %n 个文件（由中断的保存操作留下）已移动到 %1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="85"/>
        <source>The file of %n model version(s) is missing; these versions cannot be used until it is put back:</source>
        <translation>
            <numerusform>%n 个模型版本的文件缺失；在放回文件之前无法使用这些版本：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="34"/>
        <source>There is no image %1.</source>
        <translation>不存在图像 %1。</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="94"/>
        <source>%1 has no label to accept.</source>
        <translation>%1 没有可接受的标注。</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="116"/>
        <location filename="../core/project/supervision.cpp" line="68"/>
        <source>There is no model %1.</source>
        <translation>不存在模型 %1。</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="122"/>
        <source>Model v%1 has not scored %2.</source>
        <translation>模型 v%1 尚未对 %2 评分。</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="126"/>
        <source>%1 has a painted defect mask; it cannot become normal.</source>
        <translation>%1 有已绘制的缺陷掩膜；不能将其设为正常。</translation>
    </message>
    <message>
        <location filename="../core/project/score_repository.cpp" line="22"/>
        <source>The score of image %1 is not a number</source>
        <translation>图像 %1 的分数不是数字</translation>
    </message>
    <message>
        <location filename="../core/project/score_repository.cpp" line="51"/>
        <source>A threshold must be a number</source>
        <translation>阈值必须是数字</translation>
    </message>
    <message>
        <location filename="../core/project/supervision.cpp" line="34"/>
        <source>A threshold must be a finite number.</source>
        <translation>阈值必须是有限数字。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="43"/>
        <source>A user needs a name.</source>
        <translation>用户需要名称。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="50"/>
        <source>A user name cannot contain control, invisible or line-break characters (U+%1).</source>
        <translation>用户名不能包含控制字符、不可见字符或换行字符（U+%1）。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="56"/>
        <source>A user name can have at most %1 characters (this one has %2).</source>
        <translation>用户名最多 %1 个字符（此名称有 %2 个）。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="77"/>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="80"/>
        <source>A password can have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="105"/>
        <source>There is already a user &quot;%1&quot;; names differing only in case or in look-alike characters are the same account.</source>
        <translation>已存在用户“%1”；仅大小写不同或仅含外形相似字符不同的名称属于同一账户。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="32"/>
        <source>About DMAD Studio</source>
        <translation>关于 DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="36"/>
        <source>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visual inspection with a dual memory bank: normal patterns and known defects, learnt from a few labelled images.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;基于双记忆库的视觉检测：从少量已标注图像中学习正常模式和已知缺陷。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="47"/>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="48"/>
        <source>DMAD Studio</source>
        <translation>DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="49"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="49"/>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时版本 %2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="50"/>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="50"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="61"/>
        <source>&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;DMAD follows J. Hu et al., &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;, arXiv:2403.12362 (2024), implemented anew for this workstation.&lt;/p&gt;&lt;h3&gt;Bundled assets&lt;/h3&gt;&lt;p&gt;The application icon (a magnifier over an inspection grid with one defective cell) was drawn for DMAD Studio and is dedicated to the public domain under &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;Not bundled&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Backbones&lt;/b&gt;: DMAD Studio ships no network weights. Choose a TorchScript backbone in Settings; &lt;code&gt;export_backbone.py&lt;/code&gt; (installed in /usr/share/dmad-studio) exports torchvision&apos;s ResNet-18 or WideResNet-50-2 (BSD-3-Clause code; ImageNet-trained weights) on a computer with internet access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sets&lt;/b&gt; are not included; download them from their authors and respect their licences: MVTec AD and MVTec 3D-AD (&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;, CC BY-NC-SA 4.0, non-commercial), VisA (Amazon, &lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;, CC BY 4.0), the Describable Textures Dataset used for pseudo anomalies (&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;, research use).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), QCustomPlot (GPL-3.0), SQLite (public domain), OpenBLAS (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;方法&lt;/h3&gt;&lt;p&gt;DMAD 依据 J. Hu 等人的论文 &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;（arXiv:2403.12362，2024），为本工作站重新实现。&lt;/p&gt;&lt;h3&gt;随附资源&lt;/h3&gt;&lt;p&gt;应用程序图标（检测网格上的放大镜，其中一格有缺陷）专为 DMAD Studio 绘制，按 &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt; 贡献至公有领域。&lt;/p&gt;&lt;h3&gt;未随附&lt;/h3&gt;&lt;p&gt;&lt;b&gt;骨干网络&lt;/b&gt;：DMAD Studio 不附带任何网络权重。请在“设置”中选择 TorchScript 骨干网络；&lt;code&gt;export_backbone.py&lt;/code&gt;（安装在 /usr/share/dmad-studio）可在联网的计算机上导出 torchvision 的 ResNet-18 或 WideResNet-50-2（代码采用 BSD-3-Clause；权重在 ImageNet 上训练）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据集&lt;/b&gt;不包含在内；请从其作者处下载并遵守其许可：MVTec AD 和 MVTec 3D-AD（&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;，CC BY-NC-SA 4.0，非商业用途），VisA（Amazon，&lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;，CC BY 4.0），以及用于伪异常的 Describable Textures Dataset（&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;，仅限研究用途）。&lt;/p&gt;&lt;h3&gt;库&lt;/h3&gt;&lt;p&gt;Qt 6（LGPL-3.0）、OpenCV（Apache-2.0）、LibTorch / PyTorch（BSD-3-Clause）、QCustomPlot（GPL-3.0）、SQLite（公有领域）、OpenBLAS（BSD-3-Clause）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="85"/>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AccountDialog</name>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="21"/>
        <source>Create the Project&apos;s Administrator</source>
        <translation>创建项目管理员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="21"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="40"/>
        <source>Create and Sign In</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="40"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="46"/>
        <source>This project has no administrator yet. The account you create here administers it: it adds the labellers and supervisors.</source>
        <translation>此项目还没有管理员。您在此创建的账户将管理该项目：由它添加标注员和主管。</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="53"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="57"/>
        <source>Labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="58"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="59"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="60"/>
        <source>Labellers label images, paint masks and train candidate versions; supervisors also review, set thresholds and activate versions; administrators also add users.</source>
        <translation>标注员可标注图像、绘制掩膜并训练候选版本；主管还可审核、设置阈值并启用版本；管理员还可添加用户。</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="62"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="64"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="65"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="78"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="71"/>
        <source>&amp;Save Plot as PNG...</source>
        <translation>将图表另存为 PNG(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="95"/>
        <source>Save the histogram, the ROC / PR curves and the metrics as one PNG image</source>
        <translation>将直方图、ROC / PR 曲线和指标保存为一张 PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="99"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="103"/>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="163"/>
        <source>Model v%1</source>
        <translation>模型 v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="167"/>
        <source>The project could not be read: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="192"/>
        <source>There is no active model yet: train one to see its scores.</source>
        <translation>尚无活动模型：请先训练一个模型以查看其分数。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="193"/>
        <source>The project has no categories yet.</source>
        <translation>项目中还没有类别。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="207"/>
        <source>The scores could not be read: %1</source>
        <translation>无法读取分数：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="276"/>
        <source>Drag the dashed line to set this category&apos;s OK / NG threshold</source>
        <translation>拖动虚线以设置该类别的 OK / NG 阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="277"/>
        <source>Only a supervisor may change the threshold</source>
        <translation>只有主管可以更改阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="292"/>
        <source>not stored yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="293"/>
        <source>suggested: the highest score of a normal image</source>
        <translation>建议值：正常图像的最高分数</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="294"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="295"/>
        <source>set for %1</source>
        <translation>为 %1 设置</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="296"/>
        <source>Threshold %1 (%2): OK %3, NG %4 of %5 scored images. Labelled test images: %6 normal, %7 defective; at this threshold %8 missed defects, %9 false alarms.</source>
        <translation>阈值 %1（%2）：在 %5 张已评分图像中 OK %3 张、NG %4 张。已标注测试图像：正常 %6 张、缺陷 %7 张；在此阈值下漏检 %8 个、误报 %9 个。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="318"/>
        <source>change a threshold</source>
        <translation>更改阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="334"/>
        <source>There is nothing to save.</source>
        <translation>没有可保存的内容。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="336"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="339"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="341"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="349"/>
        <source>Save Plot as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="350"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AppSettings</name>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="58"/>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="117"/>
        <source>Choose a TorchScript backbone file.</source>
        <translation>请选择 TorchScript 骨干网络文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="119"/>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="120"/>
        <source>%1 is a folder, not a backbone file.</source>
        <translation>%1 是文件夹，不是骨干网络文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="121"/>
        <source>%1 cannot be read (check its permissions).</source>
        <translation>无法读取 %1（请检查其权限）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="122"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="143"/>
        <source>Threads must be 0 (one per core) or 1 to %1.</source>
        <translation>线程数必须为 0（每个核心一个）或 1 到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="149"/>
        <source>Epochs must be between %1 and %2.</source>
        <translation>训练轮数必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="155"/>
        <source>Retrain epochs must be 0 (train from scratch) or 1 to %1.</source>
        <translation>增量训练轮数必须为 0（从头训练）或 1 到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="161"/>
        <source>Patches per image must be 0 (all) or 1 to %1.</source>
        <translation>每张图像的图像块数必须为 0（全部）或 1 到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="167"/>
        <source>The input size must be %1 or %2 pixels.</source>
        <translation>输入尺寸必须为 %1 或 %2 像素。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="174"/>
        <source>The threshold must be a finite number.</source>
        <translation>阈值必须是有限数值。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="179"/>
        <source>The user name must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="199"/>
        <source>Choose a folder of texture images for the pseudo anomalies.</source>
        <translation>请选择用于生成伪异常的纹理图像文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="201"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="202"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="208"/>
        <source>%1 holds no image (PNG, JPEG, BMP or TIFF), not even in its subfolders.</source>
        <translation>%1 及其子文件夹中没有图像（PNG、JPEG、BMP 或 TIFF）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="235"/>
        <source>Unknown compute device.</source>
        <translation>未知的计算设备。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="319"/>
        <source>Unknown language.</source>
        <translation>未知的语言。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditCsv</name>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="35"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="41"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="44"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="47"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="48"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="49"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="50"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="51"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogView</name>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="41"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="41"/>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="59"/>
        <source>Filter by user or action</source>
        <translation>按用户或操作筛选</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="71"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>将显示的条目保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="123"/>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation>显示 %2 条中最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="118"/>
        <location filename="../ui/review/audit_log_view.cpp" line="153"/>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/audit_log_view.cpp" line="174"/>
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="181"/>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="182"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::CategoryAnalysis</name>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="29"/>
        <source>There is no category %1</source>
        <translation>不存在类别 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="68"/>
        <source>There is no model %1</source>
        <translation>不存在模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="99"/>
        <source>AUROC, AP and F1max need labelled test images of both kinds (here %1 normal, %2 defective).</source>
        <translation>AUROC、AP 和 F1max 需要两类已标注的测试图像（此处正常 %1 张，缺陷 %2 张）。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapController</name>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="60"/>
        <source>Image %1 is not in the project.</source>
        <translation>图像 %1 不在项目中。</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="83"/>
        <source>No model: train one first</source>
        <translation>无模型：请先训练一个</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="95"/>
        <location filename="../ui/training/heatmap_controller.cpp" line="116"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="160"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageBrowser</name>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="41"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="51"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="52"/>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="53"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="54"/>
        <source>Defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="55"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="56"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="59"/>
        <source>Train and test</source>
        <translation>训练集和测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="60"/>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="61"/>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="67"/>
        <source>Sort by name</source>
        <translation>按名称排序</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="68"/>
        <source>Highest score first</source>
        <translation>分数从高到低</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="69"/>
        <source>Lowest score first</source>
        <translation>分数从低到高</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="70"/>
        <source>NG first, then OK</source>
        <translation>先 NG，后 OK</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="73"/>
        <source>Any verdict</source>
        <translation>所有判定</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="74"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="76"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="77"/>
        <source>OK / NG: the active model&apos;s score against the category&apos;s threshold</source>
        <translation>OK / NG：活动模型的分数与该类别阈值比较的结果</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="80"/>
        <source>Show each thumbnail with its anomaly map (computed with the active model)</source>
        <translation>在每个缩略图上显示其异常图（由活动模型计算）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="249"/>
        <source>All categories (%1)</source>
        <translation>所有类别（%1）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="262"/>
        <source>Any defect type</source>
        <translation>所有缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="321"/>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图像</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageListModel</name>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="19"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="20"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="22"/>
        <source>defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="23"/>
        <source>defective: %1</source>
        <translation>缺陷：%1</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="125"/>
        <source>%1
%2, %3 x %4 px
%5, %6</source>
        <translation>%1
%2，%3 x %4 px
%5，%6</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="129"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="129"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="130"/>
        <source>, reviewed</source>
        <translation>，已审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="131"/>
        <source>, mask</source>
        <translation>，有掩膜</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="134"/>
        <source>
score %1 (threshold %2): %3</source>
        <translation>
分数 %1（阈值 %2）：%3</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="137"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="137"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageLoading</name>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="27"/>
        <source>Cannot read the image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="42"/>
        <source>The image cannot be shown: %1</source>
        <translation>无法显示图像：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="45"/>
        <source>The image %1 is too large for the memory left.</source>
        <translation>图像 %1 过大，剩余内存不足。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="73"/>
        <source>The image %1 is missing (moved or deleted). Use File &gt; Check Files to list all missing files.</source>
        <translation>图像 %1 缺失（已移动或删除）。使用“文件 &gt; 检查文件”可列出所有缺失的文件。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="80"/>
        <source>%1 is %2x%3 pixels now, but was %4x%5 when imported: the file changed.</source>
        <translation>%1 现在为 %2x%3 像素，导入时为 %4x%5：文件已被更改。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="93"/>
        <source>The mask %1 is %2x%3 pixels but the image is %4x%5; it is not shown.</source>
        <translation>掩膜 %1 为 %2x%3 像素，但图像为 %4x%5；因此不显示该掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="111"/>
        <source>Cannot read the mask %1: %2</source>
        <translation>无法读取掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="119"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageView</name>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="35"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="36"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="37"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="39"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 (100%)(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LabellingActions</name>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="47"/>
        <source>Mark normal</source>
        <translation>标记为正常</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="48"/>
        <source>Mark defective</source>
        <translation>标记为缺陷</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="49"/>
        <source>Mark unlabelled</source>
        <translation>标记为未标注</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="50"/>
        <source>Toggle reviewed</source>
        <translation>切换已审核</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="51"/>
        <source>Move to the other split</source>
        <translation>移至另一数据集</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="120"/>
        <source>New defect type</source>
        <translation>新建缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="120"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="168"/>
        <source>Relabel a masked image</source>
        <translation>重新标注带掩膜的图像</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="169"/>
        <source>%1 has a painted defect mask. Remove the mask and change the label?

(Edit &gt; Undo brings both back.)</source>
        <translation>%1 有已绘制的缺陷掩膜。是否删除掩膜并更改标注？

（“编辑 &gt; 撤销”可同时恢复两者。）</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="218"/>
        <location filename="../ui/main/labelling_actions.cpp" line="284"/>
        <source>the label of this image</source>
        <translation>此图像的标注</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LoginDialog</name>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="18"/>
        <location filename="../ui/review/login_dialog.cpp" line="33"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="40"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LossPlot</name>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="8"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="11"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="12"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="31"/>
        <location filename="../ui/main/project_jobs.cpp" line="58"/>
        <source>%n image(s) and </source>
        <translation>
            <numerusform>%n 张图像和 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="32"/>
        <source>%n mask(s) imported.</source>
        <translation>
            <numerusform>%n 个掩膜已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="34"/>
        <source>%n image(s) were already in the project.</source>
        <translation>
            <numerusform>%n 张图像已在项目中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="49"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="20"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="25"/>
        <location filename="../ui/main/model_menu.cpp" line="130"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="28"/>
        <source>%1 (set by a supervisor)</source>
        <translation>%1（由主管设置）</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="29"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="270"/>
        <location filename="../ui/main/main_window_team.cpp" line="34"/>
        <source>The project could not be opened.

%1</source>
        <translation>无法打开项目。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="297"/>
        <source>The project is read-only here: you can look, but not change anything.</source>
        <translation>此处的项目为只读：您可以查看，但不能进行任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="300"/>
        <source>Project recovered</source>
        <translation>项目已恢复</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="312"/>
        <source>The project could not be created.

%1</source>
        <translation>无法创建项目。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="485"/>
        <source>New project: name a new folder or choose an empty one</source>
        <translation>新建项目：请命名一个新文件夹或选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="486"/>
        <source>new-project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="195"/>
        <source>Building the demo project</source>
        <translation>构建演示项目</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="200"/>
        <source>The demo project was not built.</source>
        <translation>未构建演示项目。</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="117"/>
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="128"/>
        <source>Exporting to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="56"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="59"/>
        <source>%n mask(s) exported in MVTec AD layout.</source>
        <translation>
            <numerusform>%n 个掩膜已按 MVTec AD 布局导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="62"/>
        <source>%n unlabelled image(s) were left out.</source>
        <translation>
            <numerusform>%n 张未标注图像未导出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="139"/>
        <source>Exporting %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="143"/>
        <source>The image table was written to %1.</source>
        <translation>图像表已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="153"/>
        <source>Checking the project&apos;s files</source>
        <translation>检查项目文件</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="72"/>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="74"/>
        <source>All %n image(s) and their masks are in place.</source>
        <translation>
            <numerusform>全部 %n 张图像及其掩膜均完好。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="164"/>
        <source>Backing up the project</source>
        <translation>备份项目</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="169"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>备份已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="172"/>
        <source>The project was backed up to %1 (the database and %n file(s)).</source>
        <translation>
            <numerusform>项目已备份到 %1（数据库及 %n 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="183"/>
        <source>Restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="186"/>
        <source>The backup was restored to %1.</source>
        <translation>备份已恢复到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="273"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>另一个任务仍在运行；请等待其完成或先将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="285"/>
        <source>%1 failed.

%2</source>
        <translation>%1失败。

%2</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="287"/>
        <source>%1

Took %2 s.</source>
        <translation>%1

耗时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="182"/>
        <source>The mask was not saved; your painting is still on the canvas.

%1</source>
        <translation>掩膜未保存；您绘制的内容仍在画布上。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="186"/>
        <source>Mask saved</source>
        <translation>掩膜已保存</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="218"/>
        <source>Unsaved mask</source>
        <translation>未保存的掩膜</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="219"/>
        <source>The mask of this image has unsaved changes. Save them?</source>
        <translation>此图像的掩膜有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="100"/>
        <source>Open or create a project first (File menu).</source>
        <translation>请先打开或创建项目（“文件”菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="445"/>
        <source>DMAD Studio</source>
        <translation>DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="475"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="476"/>
        <source>%1[*] - DMAD Studio</source>
        <translation>%1[*] - DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="476"/>
        <source>DMAD Studio[*]</source>
        <translation>DMAD Studio[*]</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="233"/>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="230"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="46"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="48"/>
        <source>defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="49"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="51"/>
        <source>, reviewed</source>
        <translation>，已审核</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="198"/>
        <source>the mask of %1</source>
        <translation>%1 的掩膜</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="232"/>
        <source>Loading the image...</source>
        <translation>正在加载图像...</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="236"/>
        <source>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</source>
        <translation>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="240"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="241"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="16"/>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="17"/>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="18"/>
        <source>Connect to &amp;Server...</source>
        <translation>连接到服务器(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="19"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="20"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="21"/>
        <source>Import &amp;MVTec Folder...</source>
        <translation>导入 MVTec 文件夹(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="22"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="23"/>
        <source>Import Image &amp;Folder...</source>
        <translation>导入图像文件夹(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="24"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="25"/>
        <source>&amp;Export MVTec...</source>
        <translation>导出 MVTec(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="26"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="28"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="240"/>
        <source>Back up the project into a folder (a new &lt;project&gt;-backup-&lt;time&gt; folder is made there)</source>
        <translation>将项目备份到文件夹（会在其中新建 &lt;project&gt;-backup-&lt;time&gt; 文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="249"/>
        <source>Choose the backup folder to restore</source>
        <translation>请选择要恢复的备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="253"/>
        <source>%1 is not a DMAD Studio backup (it has no %2).</source>
        <translation>%1 不是 DMAD Studio 备份（其中没有 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="259"/>
        <source>Restore into a new project folder</source>
        <translation>恢复到新的项目文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="264"/>
        <source>%1 already exists; choose a new folder.</source>
        <translation>%1 已存在；请选择一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="27"/>
        <source>Export CS&amp;V...</source>
        <translation>导出 CSV(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="29"/>
        <source>C&amp;heck Files</source>
        <translation>检查文件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="30"/>
        <source>Sign Ou&amp;t</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="36"/>
        <source>Mark &amp;Normal</source>
        <translation>标记为正常(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="37"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="38"/>
        <source>Mark &amp;Defective</source>
        <translation>标记为缺陷(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="39"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="40"/>
        <source>Mark &amp;Unlabelled</source>
        <translation>标记为未标注(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="41"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="42"/>
        <source>Toggle &amp;Reviewed</source>
        <translation>切换已审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="43"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="44"/>
        <source>Move to Train / &amp;Test Split</source>
        <translation>移至训练 / 测试集(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="45"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="46"/>
        <source>&amp;Save Mask</source>
        <translation>保存掩膜(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="47"/>
        <source>New Defect T&amp;ype...</source>
        <translation>新建缺陷类型(&amp;Y)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="48"/>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="50"/>
        <source>&amp;About DMAD Studio</source>
        <translation>关于 DMAD Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="51"/>
        <source>Ne&amp;xt Image</source>
        <translation>下一张图像(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="52"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="53"/>
        <source>Pre&amp;vious Image</source>
        <translation>上一张图像(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="54"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="85"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="94"/>
        <source>&amp;Label</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="98"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="106"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="130"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="133"/>
        <source>Mask Tools</source>
        <translation>掩膜工具</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="137"/>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="24"/>
        <source>Review Queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="25"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="26"/>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="58"/>
        <source>Open a project to see this.</source>
        <translation>打开项目后即可查看此内容。</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="58"/>
        <source>Retraining...</source>
        <translation>正在增量训练...</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="59"/>
        <source>Training...</source>
        <translation>正在训练...</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="70"/>
        <source>Training failed.

%1</source>
        <translation>训练失败。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="74"/>
        <source>Training cancelled; the active model is unchanged.</source>
        <translation>训练已取消；活动模型保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="91"/>
        <source>Version %1  (%2, %3)</source>
        <translation>版本 %1  （%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/main/sign_in_flow.cpp" line="100"/>
        <source>User %1 added</source>
        <translation>已添加用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="121"/>
        <source>&lt;p&gt;Activate version %1? Per category, the threshold in force now and the one the version suggests:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Category&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;In force&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Suggested by v%1&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;启用版本 %1？以下为各类别当前生效的阈值及该版本建议的阈值：&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;类别&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;当前生效&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;v%1 建议&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="132"/>
        <source>&lt;/table&gt;&lt;p&gt;After the switch the suggested thresholds apply until you set your own.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;切换后将使用建议的阈值，直到您设置自己的阈值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="136"/>
        <source>Activate Version</source>
        <translation>启用版本</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="19"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="18"/>
        <source>labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="31"/>
        <source>&amp;Add User...</source>
        <translation>添加用户(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="32"/>
        <source>&amp;Backup Project...</source>
        <translation>备份项目(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="33"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="34"/>
        <source>&amp;Restore Project...</source>
        <translation>恢复项目(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="61"/>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="69"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="38"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="41"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="43"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="50"/>
        <source>Active &amp;Version</source>
        <translation>活动版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="63"/>
        <source>Model version %1 is trained; every image has its score.</source>
        <translation>模型版本 %1 已训练；每张图像都已评分。</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="38"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="42"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="492"/>
        <source>Open project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="213"/>
        <source>Import a folder in MVTec AD layout</source>
        <translation>导入 MVTec AD 布局的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="220"/>
        <source>Import a folder of images</source>
        <translation>导入图像文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="227"/>
        <source>Export to a folder (MVTec AD layout)</source>
        <translation>导出到文件夹（MVTec AD 布局）</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="234"/>
        <source>Export the image table</source>
        <translation>导出图像表</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="235"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="28"/>
        <source>Connected to %1 over TLS (encrypted).</source>
        <translation>已通过 TLS 连接到 %1（已加密）。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="29"/>
        <source>Connected to %1 without TLS: the server offers none (or this is its local socket).</source>
        <translation>已连接到 %1，但未使用 TLS：服务器不提供 TLS（或这是其本地套接字）。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="56"/>
        <source>Model version %1 is now active (changed on another station); it is loaded.</source>
        <translation>模型版本 %1 现已启用（在另一工作站上更改）；已加载。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="66"/>
        <source>Training request %1 is queued for the team&apos;s worker.</source>
        <translation>训练请求 %1 已加入团队 worker 的队列。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="71"/>
        <source>Worker %1: %2 %3%</source>
        <translation>Worker %1：%2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="76"/>
        <source>The worker has trained: %1.</source>
        <translation>Worker 已完成训练：%1。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskCanvas</name>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Polygon Fill</source>
        <translation>多边形填充(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Lasso Fill</source>
        <translation>套索填充(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="62"/>
        <source>&amp;Flood Fill</source>
        <translation>区域填充(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="77"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="79"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="96"/>
        <source>&amp;Clear Mask</source>
        <translation>清除掩膜(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="98"/>
        <source>Larger Brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="100"/>
        <source>Smaller Brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="432"/>
        <source>Lasso fill</source>
        <translation>套索填充</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="484"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="484"/>
        <source>Brush stroke</source>
        <translation>画笔描绘</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="488"/>
        <source>Polygon fill</source>
        <translation>多边形填充</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskDocument</name>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="78"/>
        <location filename="../ui/canvas/mask_document.cpp" line="84"/>
        <location filename="../ui/canvas/mask_document.cpp" line="88"/>
        <source>Cannot write mask %1: %2</source>
        <translation>无法写入掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="123"/>
        <source>The mask is empty.</source>
        <translation>掩膜为空。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="128"/>
        <source>The mask is %1 pixels but the image is %2.</source>
        <translation>掩膜为 %1 像素，但图像为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="139"/>
        <location filename="../ui/canvas/mask_document.cpp" line="150"/>
        <source>The mask %1 is %2 pixels but the image is %3.</source>
        <translation>掩膜 %1 为 %2 像素，但图像为 %3。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="144"/>
        <source>Cannot read mask %1: %2</source>
        <translation>无法读取掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="158"/>
        <source>There is no mask to save.</source>
        <translation>没有可保存的掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="168"/>
        <source>There is no mask to export.</source>
        <translation>没有可导出的掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="249"/>
        <source>Flood erase</source>
        <translation>区域擦除</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="249"/>
        <source>Flood fill</source>
        <translation>区域填充</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="253"/>
        <source>Clear mask</source>
        <translation>清除掩膜</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTable</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="159"/>
        <source>Copy Table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="161"/>
        <source>Save Image As...</source>
        <translation>图像另存为...</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="175"/>
        <source>The table could not be rendered.</source>
        <translation>无法渲染表格。</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="182"/>
        <location filename="../ui/plots/metrics_table.cpp" line="186"/>
        <source>Save Table</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="182"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="58"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="121"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="122"/>
        <source>Image AUROC %</source>
        <translation>图像 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="123"/>
        <source>AP %</source>
        <translation>AP %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="124"/>
        <source>F1max %</source>
        <translation>F1max %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="125"/>
        <source>Pixel AUROC %</source>
        <translation>像素 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="126"/>
        <source>PRO %</source>
        <translation>PRO %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="127"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="128"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ModelVersionsModel</name>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="93"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="96"/>
        <source>semi-supervised</source>
        <translation>半监督</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="97"/>
        <source>unsupervised</source>
        <translation>无监督</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="101"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="109"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="110"/>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="111"/>
        <source>Setting</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="112"/>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="113"/>
        <source>Test AUROC %</source>
        <translation>测试 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="114"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ProjectJob</name>
    <message>
        <location filename="../ui/main/project_job.cpp" line="27"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::RemoteTraining</name>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="20"/>
        <source>Training request %1 is still waiting for the worker.</source>
        <translation>训练请求 %1 仍在等待 worker。</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="31"/>
        <source>The training request could not be queued: %1</source>
        <translation>无法将训练请求加入队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="49"/>
        <source>The training request was removed from the queue.</source>
        <translation>训练请求已从队列中移除。</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="61"/>
        <source>The worker could not train: %1</source>
        <translation>Worker 无法训练：%1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueue</name>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="49"/>
        <source>&amp;Unreviewed only</source>
        <translation>仅未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="82"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="129"/>
        <source>&amp;Accept Label</source>
        <translation>接受标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="130"/>
        <source>Confirm the labeller&apos;s label and mark the image reviewed</source>
        <translation>确认标注员的标注，并将图像标记为已审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="132"/>
        <source>Send the image back to the labellers: unlabelled and unreviewed</source>
        <translation>将图像退回给标注员：设为未标注且未审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="133"/>
        <source>Accept &amp;Prediction</source>
        <translation>接受预测(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="134"/>
        <source>Label the image as the model&apos;s verdict says (NG: defective, OK: normal)</source>
        <translation>按模型的判定标注图像（NG：缺陷，OK：正常）</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="135"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="135"/>
        <source>Read the queue from the project again</source>
        <translation>重新从项目读取队列</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="180"/>
        <source>The categories could not be read: %1</source>
        <translation>无法读取类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="208"/>
        <source>Model v%1</source>
        <translation>模型 v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="212"/>
        <source>There is no active model yet: train one to fill the review queue.</source>
        <translation>尚无活动模型：请先训练一个模型以填充审核队列。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/review_queue.cpp" line="351"/>
        <source>the label of %n selected image(s)</source>
        <translation>
            <numerusform>%n 张所选图像的标注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="355"/>
        <source>The queue shows the other station&apos;s labels now; nothing was decided.</source>
        <translation>队列现在显示另一工作站的标注；未做任何决定。</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="200"/>
        <source>The review queue could not be read: %1</source>
        <translation>无法读取审核队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="131"/>
        <source>&amp;Reject Label...</source>
        <translation>驳回标注(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="222"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="235"/>
        <source>Image %1 could not be read: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="266"/>
        <source>Reject Label</source>
        <translation>驳回标注</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/review_queue.cpp" line="267"/>
        <source>Send %n image(s) back to the labellers? Their labels become &quot;unlabelled&quot;.</source>
        <translation>
            <numerusform>将 %n 张图像退回给标注员？其标注将变为“未标注”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="298"/>
        <source>Supervisors only</source>
        <translation>仅限主管</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="16"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="17"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="19"/>
        <source>defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="20"/>
        <source>defective (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="99"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="100"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="101"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="102"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="103"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="104"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>dmad::ui::RocPrPlot</name>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="28"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>False-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>True-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="75"/>
        <source>(%1 scores but %2 labels)</source>
        <translation>（%1 个分数，但有 %2 个标注）</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="131"/>
        <source>ROC  AUROC %1</source>
        <translation>ROC  AUROC %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="132"/>
        <source>Precision-recall  AP %1</source>
        <translation>精确率-召回率  AP %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SavablePlot</name>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="25"/>
        <source>Save Image As...</source>
        <translation>图像另存为...</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="27"/>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="46"/>
        <source>The plot could not be rendered.</source>
        <translation>无法渲染图表。</translation>
    </message>
    <message>
        <location filename="../ui/plots/png_file.cpp" line="12"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="53"/>
        <location filename="../ui/plots/savable_plot.cpp" line="57"/>
        <source>Save Plot</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="53"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ScoreHistogramPlot</name>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="28"/>
        <source>Image score</source>
        <translation>图像分数</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="29"/>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="100"/>
        <source>Normal (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="101"/>
        <source>Defective (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="120"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ServerConnectDialog</name>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="32"/>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="36"/>
        <source>server name, address or socket folder</source>
        <translation>服务器名称、地址或套接字文件夹</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="42"/>
        <source>where this station sees the project&apos;s images</source>
        <translation>本工作站访问项目图像的位置</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="46"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="47"/>
        <source>Choose the image folder</source>
        <translation>选择图像文件夹</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="54"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="55"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="59"/>
        <source>&amp;Images on this station:</source>
        <translation>本工作站上的图像(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="64"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="102"/>
        <source>Where this station sees the project&apos;s images</source>
        <translation>本工作站访问项目图像的位置</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="127"/>
        <source>The image folder %1 does not exist on this station.</source>
        <translation>图像文件夹 %1 在本工作站上不存在。</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="136"/>
        <source>Could not connect to %1.
%2</source>
        <translation>无法连接到 %1。
%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Session</name>
    <message>
        <location filename="../ui/review/session.cpp" line="20"/>
        <source>Only a supervisor may %1; you are signed in as a labeller.</source>
        <translation>只有主管可以%1；您当前以标注员身份登录。</translation>
    </message>
    <message>
        <location filename="../ui/review/session.cpp" line="21"/>
        <source>Only a supervisor may %1; nobody is signed in.</source>
        <translation>只有主管可以%1；当前无人登录。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="47"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="50"/>
        <source>&amp;Backbone:</source>
        <translation>骨干网络(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="51"/>
        <source>&amp;Outlier textures:</source>
        <translation>离群纹理(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="55"/>
        <source>Automatic (GPU when available)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="56"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="57"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="58"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="60"/>
        <source>&amp;Threads (0 = one per core):</source>
        <translation>线程数（0 = 每核一个）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="61"/>
        <source>&amp;Input detail:</source>
        <translation>输入细节(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="62"/>
        <source>Training &amp;epochs:</source>
        <translation>训练轮数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="63"/>
        <source>&amp;Patches per image (0 = all):</source>
        <translation>每张图像的图像块数（0 = 全部）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="64"/>
        <source>&amp;Retrain epochs (0 = from scratch):</source>
        <translation>增量训练轮数（0 = 从头训练）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="65"/>
        <source>Default image &amp;threshold:</source>
        <translation>默认图像阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="67"/>
        <source>Save masks &amp;automatically</source>
        <translation>自动保存掩膜(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="71"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="75"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="80"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="81"/>
        <source>A new language applies after DMAD Studio restarts.</source>
        <translation>新语言将在 DMAD Studio 重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="112"/>
        <source>TorchScript file with forward(x) -&gt; (stride-8, stride-16 maps)</source>
        <translation>包含 forward(x) -&gt; (步长 8、步长 16 特征图) 的 TorchScript 文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="113"/>
        <source>Br&amp;owse...</source>
        <translation>浏览(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="131"/>
        <source>Standard (%1 x %1 pixels)</source>
        <translation>标准（%1 x %1 像素）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="133"/>
        <source>Fine (%1 x %1 pixels, about twice the training time)</source>
        <translation>精细（%1 x %1 像素，训练时间约为两倍）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="135"/>
        <source>The size images are resized to for the model. Fine finds smaller defects and outlines them better; it applies from the next training, and each model keeps the size it was trained with</source>
        <translation>图像送入模型前缩放到的尺寸。精细可发现更小的缺陷并更准确地勾勒其轮廓；从下一次训练起生效，每个模型保留其训练时的尺寸</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="145"/>
        <source>Folder of texture images, made into the pseudo anomalies</source>
        <translation>纹理图像文件夹，用于生成伪异常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="146"/>
        <source>Training fuses these textures with normal images to make pseudo anomalies (the abnormal bank M_o); subfolders are searched too</source>
        <translation>训练时将这些纹理与正常图像融合生成伪异常（异常记忆库 M_o）；也会搜索子文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="148"/>
        <source>Bro&amp;wse...</source>
        <translation>浏览(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="199"/>
        <source>Choose a backbone</source>
        <translation>选择骨干网络</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="200"/>
        <source>TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)</source>
        <translation>TorchScript 模块 (*.pt *.pth *.ts *.ptl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="206"/>
        <source>Choose the outlier textures</source>
        <translation>选择离群纹理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="232"/>
        <source>Checking the backbone...</source>
        <translation>正在检查骨干网络...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="272"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="286"/>
        <source>Enter a number, e.g. %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="342"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="342"/>
        <source>Some settings could not be saved:
%1</source>
        <translation>部分设置无法保存：
%1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::StartPage</name>
    <message>
        <location filename="../ui/main/start_page.cpp" line="41"/>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="41"/>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="42"/>
        <source>Connect to &amp;Server...</source>
        <translation>连接到服务器(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="43"/>
        <source>Open the &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="45"/>
        <source>&lt;h2&gt;Welcome to DMAD Studio&lt;/h2&gt;&lt;p&gt;Label product images, train an anomaly model and review its OK / NG verdicts. Start with a project: a folder that holds its images, masks and models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 DMAD Studio&lt;/h2&gt;&lt;p&gt;标注产品图像，训练异常检测模型，并审核其 OK / NG 判定。请从一个项目开始：项目是存放其图像、掩膜和模型的文件夹。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="53"/>
        <source>No recent projects yet.</source>
        <translation>尚无最近使用的项目。</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="58"/>
        <source>Open a team&apos;s project on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的团队项目</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="61"/>
        <source>A small project built from the sample images, to try every step</source>
        <translation>由示例图像构建的小项目，可用来尝试每个步骤</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="69"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近使用的项目&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="105"/>
        <source>%1 is not there any more (moved or on a drive not connected)</source>
        <translation>%1 已不存在（已移动或位于未连接的驱动器上）</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ToolPanel</name>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="51"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="68"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="70"/>
        <source>Brush diameter in image pixels ([ and ] change it)</source>
        <translation>画笔直径，以图像像素计（按 [ 和 ] 调整）</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="74"/>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="87"/>
        <source>Flood fill takes neighbouring pixels whose colour differs from the clicked pixel&apos;s by at most this much per channel</source>
        <translation>区域填充会选取相邻像素，其每个通道的颜色与所点击像素的差值不超过此值</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="89"/>
        <source>Fill tolerance</source>
        <translation>填充容差</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="94"/>
        <source>Defect type</source>
        <translation>缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="100"/>
        <source>Show mask</source>
        <translation>显示掩膜</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="103"/>
        <source>Mask opacity</source>
        <translation>掩膜不透明度</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="114"/>
        <source>Show heatmap</source>
        <translation>显示热力图</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="117"/>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="150"/>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingController</name>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="129"/>
        <source>Open a project before training.</source>
        <translation>训练前请先打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="137"/>
        <location filename="../ui/training/training_controller.cpp" line="281"/>
        <source>No backbone is chosen: select a TorchScript backbone in the settings.</source>
        <translation>未选择骨干网络：请在设置中选择 TorchScript 骨干网络。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="186"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="220"/>
        <source>The trained model could not be recorded in the project: %1</source>
        <translation>无法在项目中记录训练好的模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="237"/>
        <source>Version %1 is a candidate: its scores and heatmaps are shown to you, and it becomes active when a supervisor activates it.</source>
        <translation>版本 %1 是候选版本：您可以看到它的分数和热力图，待主管启用后它才会成为活动版本。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="263"/>
        <source>Model %1 is not in this project.</source>
        <translation>模型 %1 不在此项目中。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="303"/>
        <source>Model version %1 cannot be used: %2</source>
        <translation>无法使用模型版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingDock</name>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="36"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="36"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="37"/>
        <source>&amp;Retrain</source>
        <translation>增量训练(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="37"/>
        <source>&amp;Cancel Training</source>
        <translation>取消训练(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="38"/>
        <source>&amp;Switch to This Version</source>
        <translation>切换到此版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="44"/>
        <source>Train a new model from scratch on every labelled image</source>
        <translation>使用全部已标注图像从头训练新模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="47"/>
        <source>Train a new model, reusing the banks of normal images: only the defects labelled since are new work</source>
        <translation>训练新模型并复用正常图像的记忆库：只需处理此后新标注的缺陷</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="50"/>
        <source>Stop training; the active model and the project stay as they were</source>
        <translation>停止训练；活动模型和项目保持原样</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="52"/>
        <source>Make the selected model version the active one</source>
        <translation>将所选模型版本设为活动版本</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="60"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="81"/>
        <source>Warnings of the last run appear here.</source>
        <translation>上次运行的警告将显示在此处。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_dock.cpp" line="133"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="143"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="144"/>
        <source>Extracting features</source>
        <translation>提取特征</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="145"/>
        <source>Normal memory bank</source>
        <translation>正常记忆库</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="146"/>
        <source>Pseudo anomalies</source>
        <translation>伪异常</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="147"/>
        <source>Loading the saved banks</source>
        <translation>正在加载已保存的记忆库</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="148"/>
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="149"/>
        <source>Saving the banks for the next session</source>
        <translation>正在为下次会话保存记忆库</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="150"/>
        <source>Seen anomalies</source>
        <translation>已知异常</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="151"/>
        <source>Anomaly neighbours</source>
        <translation>异常近邻</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="152"/>
        <source>Training the score mapper</source>
        <translation>训练分数映射器</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="153"/>
        <source>Checking the model on its training images</source>
        <translation>在训练图像上检查模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="154"/>
        <source>Finishing the model</source>
        <translation>正在完成模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="155"/>
        <source>Saving the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="156"/>
        <source>Scoring every image</source>
        <translation>为所有图像评分</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="200"/>
        <source>Retraining…</source>
        <translation>正在增量训练…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="200"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="206"/>
        <source>%1 Estimated time: %2.</source>
        <translation>%1 预计用时：%2。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="218"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="220"/>
        <source>%1: %2; about %3 left in all</source>
        <translation>%1：%2；总计剩余约 %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="227"/>
        <source>Training request %1 is waiting for the team&apos;s worker.</source>
        <translation>训练请求 %1 正在等待团队的 worker。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="235"/>
        <source>%1 on the worker %2</source>
        <translation>%1（在 worker %2 上）</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="241"/>
        <source>Trained on the worker</source>
        <translation>已在 worker 上训练</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="242"/>
        <source>The worker has trained: %1.</source>
        <translation>Worker 已完成训练：%1。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="254"/>
        <location filename="../ui/training/training_dock.cpp" line="268"/>
        <source>Model v%1 is active</source>
        <translation>模型 v%1 已启用</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="255"/>
        <source>Model v%1 is trained, v%2 stays active</source>
        <translation>模型 v%1 已训练，v%2 仍为活动版本</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="256"/>
        <location filename="../ui/training/training_dock.cpp" line="269"/>
        <source>Every image was scored with model v%1.</source>
        <translation>所有图像均已用模型 v%1 评分。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="268"/>
        <source>No model yet</source>
        <translation>尚无模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="270"/>
        <source>Label some images normal, then train.</source>
        <translation>请先将一些图像标注为正常，然后训练。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="280"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="288"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="289"/>
        <source>Training was cancelled; the active model is unchanged.</source>
        <translation>训练已取消；活动模型保持不变。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingJob</name>
    <message>
        <location filename="../core/training/training_job.cpp" line="51"/>
        <source>No GPU is available to this build; training runs on the CPU.</source>
        <translation>此版本无可用 GPU；训练将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="155"/>
        <source>Train builds every bank from nothing</source>
        <translation>“训练”会从零构建所有记忆库</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="156"/>
        <source>this project has no saved banks yet</source>
        <translation>此项目尚无已保存的记忆库</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="157"/>
        <source>the saved banks cannot be read (damaged or of an older version)</source>
        <translation>无法读取已保存的记忆库（已损坏或来自旧版本）</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="158"/>
        <source>the backbone, the input detail or another feature setting changed</source>
        <translation>骨干网络、输入细节或其他特征设置已更改</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="159"/>
        <source>the memory bank settings changed</source>
        <translation>记忆库设置已更改</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="160"/>
        <source>normal training images were added, removed or changed</source>
        <translation>正常训练图像已被添加、删除或更改</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="161"/>
        <source>the outlier textures changed</source>
        <translation>离群纹理已更改</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="180"/>
        <source>Training was cancelled; nothing was written.</source>
        <translation>训练已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="206"/>
        <source>The active model was made with another backbone or input size; image-level defects are located with the normal bank instead (%1).</source>
        <translation>活动模型使用的是另一骨干网络或输入尺寸；仅有图像级标注的缺陷改用正常记忆库定位（%1）。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="232"/>
        <source>Full rebuild of the features and banks: %1.</source>
        <translation>完全重建特征和记忆库：%1。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="233"/>
        <source>Reusing the saved banks of normal images: only the new defects are new work.</source>
        <translation>复用已保存的正常图像记忆库：只需处理新增的缺陷。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="234"/>
        <source>Reusing the banks of normal images: only the new defects are new work.</source>
        <translation>复用正常图像的记忆库：只需处理新增的缺陷。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="243"/>
        <source>The banks could not be saved for the next session (it will rebuild them): %1</source>
        <translation>无法为下次会话保存记忆库（下次将重新构建）：%1</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="252"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="296"/>
        <source>Not scored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/training/training_job.cpp" line="298"/>
        <source>%n more image(s) could not be scored.</source>
        <translation>
            <numerusform>另有 %n 张图像无法评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="328"/>
        <source>The new model ranks its own %1 seen anomalies below its normal training images (AUROC %2, PatchCore %3): it was kept as a candidate and not made active.</source>
        <translation>新模型给其自身 %1 个已知异常的排序低于其正常训练图像（AUROC %2，PatchCore %3）：它被保留为候选版本，未设为活动版本。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingSetBuilder</name>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="58"/>
        <source>No folder of outlier textures is set. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>未设置离群纹理文件夹。训练需要纹理图像（例如 DTD 纹理）来生成伪异常：请在设置中选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="61"/>
        <source>The folder of outlier textures %1 does not exist. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>离群纹理文件夹 %1 不存在。训练需要纹理图像（例如 DTD 纹理）来生成伪异常：请在设置中选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="73"/>
        <source>The folder of outlier textures %1 holds no images.</source>
        <translation>离群纹理文件夹 %1 中没有图像。</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="104"/>
        <source>%1: its mask was not used (%2)</source>
        <translation>%1：未使用其掩膜（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/training/training_set_builder.cpp" line="114"/>
        <source>%n defective image(s) of the test split are used for evaluation only; move an image to the train split to train on it.</source>
        <translation>
            <numerusform>测试集中的 %n 张缺陷图像仅用于评估；如需用于训练，请将图像移至训练集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="118"/>
        <source>No image is labelled normal in the train split: training needs normal images.</source>
        <translation>训练集中没有标注为正常的图像：训练需要正常图像。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Verdict</name>
    <message>
        <location filename="../ui/review/verdict.cpp" line="8"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="14"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="15"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="16"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>dmad::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="24"/>
        <source>Show &amp;heatmap</source>
        <translation>显示热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="39"/>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="42"/>
        <source>Outline the region whose anomaly score is at least this value</source>
        <translation>勾勒出异常分数不低于此值的区域</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="46"/>
        <source>Score:</source>
        <translation>分数：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="47"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="49"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="53"/>
        <source>Contour at:</source>
        <translation>轮廓值：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="69"/>
        <location filename="../ui/training/verdict_panel.cpp" line="84"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="130"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="130"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="135"/>
        <source>%1 (this category)</source>
        <translation>%1（本类别）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="136"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="137"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="140"/>
        <source>No supervisor has set this category&apos;s threshold yet: it is the highest score the model gives an image labelled normal</source>
        <translation>尚无主管为此类别设置阈值：当前值为模型给标记为正常的图像的最高分数</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="149"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>DMAD Studio: label product images and review anomaly scores.</source>
        <translation>DMAD Studio：标注产品图像并审核异常分数。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Open the demo project, building it from the shared data the first time (in the given project folder, else in the user data folder).</source>
        <translation>打开演示项目；首次打开时由共享数据构建（位于指定的项目文件夹，否则位于用户数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation>打开 &lt;文件夹&gt; 中的项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Tests only (needs DMAD_TEST_SIGN_IN=1): sign in as &lt;name&gt; without a password.</source>
        <translation>仅用于测试（需要 DMAD_TEST_SIGN_IN=1）：无需密码以 &lt;名称&gt; 身份登录。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Tests only: the role of a --user the project does not know yet.</source>
        <translation>仅用于测试：项目尚不认识的 --user 的角色。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="140"/>
        <source>--user and --role are for the test suites only; sign in with your name and password when the project opens.</source>
        <translation>--user 和 --role 仅供测试套件使用；请在项目打开时使用您的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>Unknown role &quot;%1&quot;: use labeller, supervisor or administrator.</source>
        <translation>未知角色“%1”：请使用 labeller、supervisor 或 administrator。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>A project folder (same as --project).</source>
        <translation>项目文件夹（与 --project 相同）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="160"/>
        <source>--user needs a name.</source>
        <translation>--user 需要一个名称。</translation>
    </message>
</context>
</TS>
