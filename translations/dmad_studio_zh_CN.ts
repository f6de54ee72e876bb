<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HeatmapOverlay</name>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="56"/>
        <source>The anomaly map has %1 values, which does not match %2 x %3.</source>
        <translation>异常图有 %1 个值，与 %2 x %3 不符。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="63"/>
        <source>The anomaly map range [%1, %2] is empty.</source>
        <translation>异常图的取值范围 [%1, %2] 为空。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="78"/>
        <source>The anomaly map image is empty.</source>
        <translation>异常图图像为空。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="36"/>
        <source>About DMAD Studio</source>
        <translation>关于 DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="40"/>
        <source>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visual inspection with a dual memory bank: normal patterns and known defects, learnt from a few labelled images.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;基于双记忆库的视觉检测：从少量已标注图像中学习正常模式和已知缺陷。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="50"/>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="52"/>
        <source>DMAD Studio</source>
        <translation>DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时版本 %2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>OpenCV</source>
        <translation>OpenCV</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="65"/>
        <source>&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;DMAD follows J. Hu et al., &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;, arXiv:2403.12362 (2024), implemented anew for this workstation.&lt;/p&gt;&lt;h3&gt;Bundled assets&lt;/h3&gt;&lt;p&gt;The application icon (a magnifier over an inspection grid with one defective cell) was drawn for DMAD Studio and is dedicated to the public domain under &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;Not bundled&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Backbones&lt;/b&gt;: DMAD Studio ships no network weights. Choose a TorchScript backbone in Settings; &lt;code&gt;export_backbone.py&lt;/code&gt; (installed in /usr/share/dmad-studio) exports torchvision&apos;s ResNet-18 or WideResNet-50-2 (BSD-3-Clause code; ImageNet-trained weights) on a computer with internet access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sets&lt;/b&gt; are not included; download them from their authors and respect their licences: MVTec AD and MVTec 3D-AD (&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;, CC BY-NC-SA 4.0, non-commercial), VisA (Amazon, &lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;, CC BY 4.0), the Describable Textures Dataset used for pseudo anomalies (&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;, research use).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), QCustomPlot (GPL-3.0), SQLite (public domain), OpenBLAS (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;方法&lt;/h3&gt;&lt;p&gt;DMAD 依据 J. Hu 等人的论文 &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;（arXiv:2403.12362，2024），为本工作站重新实现。&lt;/p&gt;&lt;h3&gt;随附资源&lt;/h3&gt;&lt;p&gt;应用程序图标（检测网格上的放大镜，其中一格有缺陷）专为 DMAD Studio 绘制，按 &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt; 贡献至公有领域。&lt;/p&gt;&lt;h3&gt;未随附&lt;/h3&gt;&lt;p&gt;&lt;b&gt;骨干网络&lt;/b&gt;：DMAD Studio 不附带任何网络权重。请在“设置”中选择 TorchScript 骨干网络；&lt;code&gt;export_backbone.py&lt;/code&gt;（安装在 /usr/share/dmad-studio）可在联网的计算机上导出 torchvision 的 ResNet-18 或 WideResNet-50-2（代码采用 BSD-3-Clause；权重在 ImageNet 上训练）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据集&lt;/b&gt;不包含在内；请从其作者处下载并遵守其许可：MVTec AD 和 MVTec 3D-AD（&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;，CC BY-NC-SA 4.0，非商业用途），VisA（Amazon，&lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;，CC BY 4.0），以及用于伪异常的 Describable Textures Dataset（&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;，仅限研究用途）。&lt;/p&gt;&lt;h3&gt;库&lt;/h3&gt;&lt;p&gt;Qt 6（LGPL-3.0）、OpenCV（Apache-2.0）、LibTorch / PyTorch（BSD-3-Clause）、QCustomPlot（GPL-3.0）、SQLite（公有领域）、OpenBLAS（BSD-3-Clause）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="90"/>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AccountDialog</name>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="22"/>
        <source>Create the Project&apos;s Administrator</source>
        <translation>创建项目管理员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="22"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="41"/>
        <source>Create and Sign In</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="41"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="47"/>
        <source>This project has no administrator yet. The account you create here administers it: it adds the labellers and supervisors.</source>
        <translation>此项目还没有管理员。您在此创建的账户将管理该项目：由它添加标注员和主管。</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="54"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="58"/>
        <source>Labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="59"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="60"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="61"/>
        <source>Labellers label images, paint masks and train candidate versions; supervisors also review, set thresholds and activate versions; administrators also add users.</source>
        <translation>标注员可标注图像、绘制掩膜并训练候选版本；主管还可审核、设置阈值并启用版本；管理员还可添加用户。</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="63"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="65"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="66"/>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="81"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="80"/>
        <source>&amp;Save Plot as PNG...</source>
        <translation>将图表另存为 PNG(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="105"/>
        <source>Save the histogram, the ROC / PR curves and the metrics as one PNG image</source>
        <translation>将直方图、ROC / PR 曲线和指标保存为一张 PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="109"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="113"/>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="177"/>
        <source>Model v%1</source>
        <translation>模型 v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="181"/>
        <source>The project could not be read: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="210"/>
        <source>There is no active model yet: train one to see its scores.</source>
        <translation>尚无活动模型：请先训练一个模型以查看其分数。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="211"/>
        <source>The project has no categories yet.</source>
        <translation>项目中还没有类别。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="226"/>
        <source>The scores could not be read: %1</source>
        <translation>无法读取分数：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="300"/>
        <source>Drag the dashed line to set this category&apos;s OK / NG threshold</source>
        <translation>拖动虚线以设置该类别的 OK / NG 阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="301"/>
        <source>Only a supervisor may change the threshold</source>
        <translation>只有主管可以更改阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="317"/>
        <source>not stored yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="318"/>
        <source>suggested: the highest score of a normal image</source>
        <translation>建议值：正常图像的最高分数</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="319"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="320"/>
        <source>set for %1</source>
        <translation>为 %1 设置</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="321"/>
        <source>Threshold %1 (%2): OK %3, NG %4 of %5 scored images. Labelled test images: %6 normal, %7 defective; at this threshold %8 missed defects, %9 false alarms.</source>
        <translation>阈值 %1（%2）：在 %5 张已评分图像中 OK %3 张、NG %4 张。已标注测试图像：正常 %6 张、缺陷 %7 张；在此阈值下漏检 %8 个、误报 %9 个。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="345"/>
        <source>change a threshold</source>
        <translation>更改阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="364"/>
        <source>There is nothing to save.</source>
        <translation>没有可保存的内容。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="366"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="369"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="372"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="380"/>
        <source>Save Plot as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="382"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AppSettings</name>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="51"/>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="123"/>
        <source>Choose a TorchScript backbone file.</source>
        <translation>请选择 TorchScript 骨干网络文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="126"/>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="128"/>
        <source>%1 is a folder, not a backbone file.</source>
        <translation>%1 是文件夹，不是骨干网络文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="130"/>
        <source>%1 cannot be read (check its permissions).</source>
        <translation>无法读取 %1（请检查其权限）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="132"/>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="159"/>
        <source>Threads must be 0 (one per core) or 1 to %1.</source>
        <translation>线程数必须为 0（每个核心一个）或 1 到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="166"/>
        <source>Epochs must be between %1 and %2.</source>
        <translation>训练轮数必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="173"/>
        <source>Patches per image must be 0 (all) or 1 to %1.</source>
        <translation>每张图像的图像块数必须为 0（全部）或 1 到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="180"/>
        <source>The threshold must be a finite number.</source>
        <translation>阈值必须是有限数值。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="187"/>
        <source>The user name must not be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="220"/>
        <source>Choose a folder of texture images for the pseudo anomalies.</source>
        <translation>请选择用于生成伪异常的纹理图像文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="223"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="225"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="230"/>
        <source>%1 holds no image (PNG, JPEG, BMP or TIFF), not even in its subfolders.</source>
        <translation>%1 及其子文件夹中没有图像（PNG、JPEG、BMP 或 TIFF）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="265"/>
        <source>Unknown compute device.</source>
        <translation>未知的计算设备。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="352"/>
        <source>Unknown language.</source>
        <translation>未知的语言。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditCsv</name>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="42"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="47"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="50"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="50"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="51"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="52"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="53"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="54"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogView</name>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="44"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="45"/>
        <source>&amp;Export CSV...</source>
        <translation>导出 CSV(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="61"/>
        <source>Filter by user or action</source>
        <translation>按用户或操作筛选</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="73"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>将显示的条目保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="121"/>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation>显示 %2 条中最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="117"/>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/audit_log_view.cpp" line="157"/>
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="164"/>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="166"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::CategoryAnalysis</name>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="31"/>
        <source>There is no category %1</source>
        <translation>不存在类别 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="77"/>
        <source>There is no model %1</source>
        <translation>不存在模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="110"/>
        <source>AUROC, AP and F1max need labelled test images of both kinds (here %1 normal, %2 defective).</source>
        <translation>AUROC、AP 和 F1max 需要两类已标注的测试图像（此处正常 %1 张，缺陷 %2 张）。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapController</name>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="74"/>
        <source>Image %1 is not in the project.</source>
        <translation>图像 %1 不在项目中。</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="87"/>
        <source>No model: train one first</source>
        <translation>无模型：请先训练一个</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="109"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="152"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageBrowser</name>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="48"/>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="60"/>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="61"/>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="62"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="63"/>
        <source>Defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="64"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="65"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="68"/>
        <source>Train and test</source>
        <translation>训练集和测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="69"/>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="70"/>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="76"/>
        <source>Sort by name</source>
        <translation>按名称排序</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="77"/>
        <source>Highest score first</source>
        <translation>分数从高到低</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="78"/>
        <source>Lowest score first</source>
        <translation>分数从低到高</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="79"/>
        <source>NG first, then OK</source>
        <translation>先 NG，后 OK</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="82"/>
        <source>Any verdict</source>
        <translation>所有判定</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="83"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="85"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="86"/>
        <source>OK / NG: the active model&apos;s score against the category&apos;s threshold</source>
        <translation>OK / NG：活动模型的分数与该类别阈值比较的结果</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="89"/>
        <source>Show each thumbnail with its anomaly map (computed with the active model)</source>
        <translation>在每个缩略图上显示其异常图（由活动模型计算）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="258"/>
        <source>All categories (%1)</source>
        <translation>所有类别（%1）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="261"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="271"/>
        <source>Any defect type</source>
        <translation>所有缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="330"/>
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
        <location filename="../ui/browser/image_list_model.cpp" line="129"/>
        <source>%1
%2, %3 x %4 px
%5, %6</source>
        <translation>%1
%2，%3 x %4 px
%5，%6</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="134"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="134"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="135"/>
        <source>, reviewed</source>
        <translation>，已审核</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="136"/>
        <source>, mask</source>
        <translation>，有掩膜</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="139"/>
        <source>
score %1 (threshold %2): %3</source>
        <translation>
分数 %1（阈值 %2）：%3</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="142"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="142"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageLoading</name>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="25"/>
        <source>Cannot read the image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="54"/>
        <source>The image %1 is missing (moved or deleted). Use File &gt; Check Files to list all missing files.</source>
        <translation>图像 %1 缺失（已移动或删除）。使用“文件 &gt; 检查文件”可列出所有缺失的文件。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="62"/>
        <source>%1 is %2x%3 pixels now, but was %4x%5 when imported: the file changed.</source>
        <translation>%1 现在为 %2x%3 像素，导入时为 %4x%5：文件已被更改。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="75"/>
        <source>The mask %1 is %2x%3 pixels but the image is %4x%5; it is not shown.</source>
        <translation>掩膜 %1 为 %2x%3 像素，但图像为 %4x%5；因此不显示该掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="93"/>
        <source>Cannot read the mask %1: %2</source>
        <translation>无法读取掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="101"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageView</name>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="40"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="42"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="43"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 (100%)(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LoginDialog</name>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="19"/>
        <location filename="../ui/review/login_dialog.cpp" line="34"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="41"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LossPlot</name>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="9"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="12"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="13"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="95"/>
        <location filename="../ui/main/main_window.cpp" line="333"/>
        <source>%n image(s) and </source>
        <translation>
            <numerusform>%n 张图像和 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="96"/>
        <source>%n mask(s) imported.</source>
        <translation>
            <numerusform>%n 个掩膜已导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="98"/>
        <source>%n image(s) were already in the project.</source>
        <translation>
            <numerusform>%n 张图像已在项目中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="102"/>
        <source>%n file(s) were not imported:</source>
        <translation>
            <numerusform>%n 个文件未导入：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="110"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="118"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="124"/>
        <location filename="../ui/main/main_window.cpp" line="1148"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="126"/>
        <source>%1 (set by a supervisor)</source>
        <translation>%1（由主管设置）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="127"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="190"/>
        <source>The project could not be opened.

%1</source>
        <translation>无法打开项目。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="209"/>
        <source>The project is read-only here: you can look, but not change anything.</source>
        <translation>此处的项目为只读：您可以查看，但不能进行任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="212"/>
        <source>Project recovered</source>
        <translation>项目已恢复</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="222"/>
        <source>The project could not be created.

%1</source>
        <translation>无法创建项目。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="252"/>
        <source>Building the demo project</source>
        <translation>构建演示项目</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="258"/>
        <source>The demo project was not built.</source>
        <translation>未构建演示项目。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="303"/>
        <location filename="../ui/main/main_window.cpp" line="316"/>
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="327"/>
        <source>Exporting to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="332"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="334"/>
        <source>%n mask(s) exported in MVTec AD layout.</source>
        <translation>
            <numerusform>%n 个掩膜已按 MVTec AD 布局导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="337"/>
        <source>%n unlabelled image(s) were left out.</source>
        <translation>
            <numerusform>%n 张未标注图像未导出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="350"/>
        <source>Exporting %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="354"/>
        <source>The image table was written to %1.</source>
        <translation>图像表已写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="363"/>
        <source>Checking the project&apos;s files</source>
        <translation>检查项目文件</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="367"/>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="369"/>
        <source>All %n image(s) and their masks are in place.</source>
        <translation>
            <numerusform>全部 %n 张图像及其掩膜均完好。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="377"/>
        <source>%n file(s) are missing (moved or deleted); their records are kept:</source>
        <translation>
            <numerusform>%n 个文件缺失（已移动或删除）；其记录已保留：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="388"/>
        <source>Backing up the project</source>
        <translation>备份项目</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="391"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>备份已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="392"/>
        <source>The project was backed up to %1 (the database and %n file(s)).</source>
        <translation>
            <numerusform>项目已备份到 %1（数据库及 %n 个文件）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="401"/>
        <source>Restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="406"/>
        <source>The backup was restored to %1.</source>
        <translation>备份已恢复到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="422"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>另一个任务仍在运行；请等待其完成或先将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="436"/>
        <source>%1 failed.

%2</source>
        <translation>%1失败。

%2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="438"/>
        <source>%1

Took %2 s.</source>
        <translation>%1

耗时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="617"/>
        <source>The mask was not saved; your painting is still on the canvas.

%1</source>
        <translation>掩膜未保存；您绘制的内容仍在画布上。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="622"/>
        <source>Mask saved</source>
        <translation>掩膜已保存</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="630"/>
        <source>Unsaved mask</source>
        <translation>未保存的掩膜</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="630"/>
        <source>The mask of this image has unsaved changes. Save them?</source>
        <translation>此图像的掩膜有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="643"/>
        <source>New defect type</source>
        <translation>新建缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="643"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="688"/>
        <source>Open or create a project first (File menu).</source>
        <translation>请先打开或创建项目（“文件”菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="695"/>
        <source>DMAD Studio</source>
        <translation>DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="739"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="741"/>
        <source>%1[*] - DMAD Studio</source>
        <translation>%1[*] - DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="741"/>
        <source>DMAD Studio[*]</source>
        <translation>DMAD Studio[*]</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="748"/>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="748"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="751"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="752"/>
        <source>defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="753"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="755"/>
        <source>, reviewed</source>
        <translation>，已审核</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="756"/>
        <source>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</source>
        <translation>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="760"/>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="760"/>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="775"/>
        <source>&amp;New Project...</source>
        <translation>新建项目(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="776"/>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="777"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="780"/>
        <source>Import &amp;MVTec Folder...</source>
        <translation>导入 MVTec 文件夹(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="780"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="781"/>
        <source>Import Image &amp;Folder...</source>
        <translation>导入图像文件夹(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="781"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="783"/>
        <source>&amp;Export MVTec...</source>
        <translation>导出 MVTec(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="783"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="784"/>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="784"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="785"/>
        <source>Check &amp;Files</source>
        <translation>检查文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1253"/>
        <source>Back up the project into a folder (a new &lt;project&gt;-backup-&lt;time&gt; folder is made there)</source>
        <translation>将项目备份到文件夹（会在其中新建 &lt;project&gt;-backup-&lt;time&gt; 文件夹）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1259"/>
        <source>Choose the backup folder to restore</source>
        <translation>请选择要恢复的备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1262"/>
        <source>%1 is not a DMAD Studio backup (it has no %2).</source>
        <translation>%1 不是 DMAD Studio 备份（其中没有 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1267"/>
        <source>Restore into a new project folder</source>
        <translation>恢复到新的项目文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1272"/>
        <source>%1 already exists; choose a new folder.</source>
        <translation>%1 已存在；请选择一个新文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="790"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792"/>
        <source>Mark &amp;Normal</source>
        <translation>标记为正常(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="792"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="793"/>
        <source>Mark &amp;Defective</source>
        <translation>标记为缺陷(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="793"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="794"/>
        <source>Mark &amp;Unlabelled</source>
        <translation>标记为未标注(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="794"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="795"/>
        <source>Toggle &amp;Reviewed</source>
        <translation>切换已审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="795"/>
        <location filename="../ui/main/main_window.cpp" line="964"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="796"/>
        <source>Move to Train / &amp;Test Split</source>
        <translation>移至训练 / 测试集(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="796"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="797"/>
        <source>&amp;Save Mask</source>
        <translation>保存掩膜(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="798"/>
        <source>New Defect &amp;Type...</source>
        <translation>新建缺陷类型(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="799"/>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="800"/>
        <source>&amp;About DMAD Studio</source>
        <translation>关于 DMAD Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="801"/>
        <source>Ne&amp;xt Image</source>
        <translation>下一张图像(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="801"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="802"/>
        <source>Pre&amp;vious Image</source>
        <translation>上一张图像(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="802"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="807"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="821"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="830"/>
        <source>&amp;Label</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="840"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="848"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="855"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="862"/>
        <source>Mask Tools</source>
        <translation>掩膜工具</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="870"/>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="894"/>
        <source>Review Queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="895"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="896"/>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="927"/>
        <source>Open a project to see this.</source>
        <translation>打开项目后即可查看此内容。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="944"/>
        <source>Retraining...</source>
        <translation>正在增量训练...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="944"/>
        <source>Training...</source>
        <translation>正在训练...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="947"/>
        <source>Model version %1 is trained and active; every image has its score.</source>
        <translation>模型版本 %1 已训练并启用；每张图像都已评分。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="952"/>
        <source>Training failed.

%1</source>
        <translation>训练失败。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="955"/>
        <source>Training cancelled; the active model is unchanged.</source>
        <translation>训练已取消；活动模型保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1021"/>
        <source>Version %1  (%2, %3)</source>
        <translation>版本 %1  （%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1120"/>
        <source>User %1 added</source>
        <translation>已添加用户 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1141"/>
        <source>&lt;p&gt;Activate version %1? Per category, the threshold in force now and the one the version suggests:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Category&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;In force&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Suggested by v%1&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;启用版本 %1？以下为各类别当前生效的阈值及该版本建议的阈值：&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;类别&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;当前生效&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;v%1 建议&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1150"/>
        <source>&lt;/table&gt;&lt;p&gt;After the switch the suggested thresholds apply until you set your own.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;切换后将使用建议的阈值，直到您设置自己的阈值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1151"/>
        <source>Activate Version</source>
        <translation>启用版本</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1167"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="117"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="116"/>
        <source>labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="786"/>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="787"/>
        <source>&amp;Add User...</source>
        <translation>添加用户(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="788"/>
        <source>&amp;Backup Project...</source>
        <translation>备份项目(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="788"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="789"/>
        <source>&amp;Restore Project...</source>
        <translation>恢复项目(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1168"/>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1176"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1179"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1181"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1183"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1190"/>
        <source>Active &amp;Version</source>
        <translation>活动版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1206"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1209"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1220"/>
        <source>New project: choose an empty folder</source>
        <translation>新建项目：请选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1225"/>
        <source>Open project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1231"/>
        <source>Import a folder in MVTec AD layout</source>
        <translation>导入 MVTec AD 布局的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1236"/>
        <source>Import a folder of images</source>
        <translation>导入图像文件夹</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1241"/>
        <source>Export to a folder (MVTec AD layout)</source>
        <translation>导出到文件夹（MVTec AD 布局）</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1246"/>
        <source>Export the image table</source>
        <translation>导出图像表</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="1247"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskCanvas</name>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="65"/>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="66"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="67"/>
        <source>&amp;Polygon Fill</source>
        <translation>多边形填充(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="68"/>
        <source>&amp;Lasso Fill</source>
        <translation>套索填充(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="69"/>
        <source>&amp;Flood Fill</source>
        <translation>区域填充(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="84"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="96"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="85"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="99"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="96"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="99"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="102"/>
        <source>&amp;Clear Mask</source>
        <translation>清除掩膜(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="104"/>
        <source>Larger Brush</source>
        <translation>增大画笔</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="106"/>
        <source>Smaller Brush</source>
        <translation>减小画笔</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="499"/>
        <source>Lasso fill</source>
        <translation>套索填充</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="558"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="558"/>
        <source>Brush stroke</source>
        <translation>画笔描绘</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="564"/>
        <source>Polygon fill</source>
        <translation>多边形填充</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskDocument</name>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="84"/>
        <location filename="../ui/canvas/mask_document.cpp" line="90"/>
        <location filename="../ui/canvas/mask_document.cpp" line="94"/>
        <source>Cannot write mask %1: %2</source>
        <translation>无法写入掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="137"/>
        <source>The mask is empty.</source>
        <translation>掩膜为空。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="141"/>
        <source>The mask is %1 pixels but the image is %2.</source>
        <translation>掩膜为 %1 像素，但图像为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="153"/>
        <location filename="../ui/canvas/mask_document.cpp" line="163"/>
        <source>The mask %1 is %2 pixels but the image is %3.</source>
        <translation>掩膜 %1 为 %2 像素，但图像为 %3。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="159"/>
        <source>Cannot read mask %1: %2</source>
        <translation>无法读取掩膜 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="173"/>
        <source>There is no mask to save.</source>
        <translation>没有可保存的掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="185"/>
        <source>There is no mask to export.</source>
        <translation>没有可导出的掩膜。</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood erase</source>
        <translation>区域擦除</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood fill</source>
        <translation>区域填充</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="265"/>
        <source>Clear mask</source>
        <translation>清除掩膜</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTable</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="179"/>
        <source>Copy Table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="181"/>
        <source>Save Image As...</source>
        <translation>图像另存为...</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="197"/>
        <source>The table could not be rendered.</source>
        <translation>无法渲染表格。</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="205"/>
        <location filename="../ui/plots/metrics_table.cpp" line="212"/>
        <source>Save Table</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="205"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="66"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="141"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="142"/>
        <source>Image AUROC %</source>
        <translation>图像 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="143"/>
        <source>AP %</source>
        <translation>AP %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="144"/>
        <source>F1max %</source>
        <translation>F1max %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="145"/>
        <source>Pixel AUROC %</source>
        <translation>像素 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="146"/>
        <source>PRO %</source>
        <translation>PRO %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="147"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="148"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ModelVersionsModel</name>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="97"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="101"/>
        <source>semi-supervised</source>
        <translation>半监督</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="103"/>
        <source>unsupervised</source>
        <translation>无监督</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="107"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="117"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="118"/>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="119"/>
        <source>Setting</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="120"/>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="121"/>
        <source>Test AUROC %</source>
        <translation>测试 AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="122"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ProjectJob</name>
    <message>
        <location filename="../ui/main/project_job.cpp" line="30"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueue</name>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="52"/>
        <source>&amp;Unreviewed only</source>
        <translation>仅未审核(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="78"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="126"/>
        <source>&amp;Accept Label</source>
        <translation>接受标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="127"/>
        <source>Confirm the labeller&apos;s label and mark the image reviewed</source>
        <translation>确认标注员的标注，并将图像标记为已审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="128"/>
        <source>&amp;Reject Label</source>
        <translation>驳回标注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="129"/>
        <source>Send the image back to the labellers: unlabelled and unreviewed</source>
        <translation>将图像退回给标注员：设为未标注且未审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="130"/>
        <source>Accept &amp;Prediction</source>
        <translation>接受预测(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="131"/>
        <source>Label the image as the model&apos;s verdict says (NG: defective, OK: normal)</source>
        <translation>按模型的判定标注图像（NG：缺陷，OK：正常）</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="132"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="132"/>
        <source>Read the queue from the project again</source>
        <translation>重新从项目读取队列</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="180"/>
        <source>The categories could not be read: %1</source>
        <translation>无法读取类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="210"/>
        <source>Model v%1</source>
        <translation>模型 v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="214"/>
        <source>There is no active model yet: train one to fill the review queue.</source>
        <translation>尚无活动模型：请先训练一个模型以填充审核队列。</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="202"/>
        <source>The review queue could not be read: %1</source>
        <translation>无法读取审核队列：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="226"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="241"/>
        <source>Image %1 could not be read: %2</source>
        <translation>无法读取图像 %1：%2</translation>
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
        <location filename="../ui/review/review_queue_model.cpp" line="14"/>
        <source>unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="15"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="17"/>
        <source>defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="18"/>
        <source>defective (%1)</source>
        <translation>缺陷（%1）</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="111"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="112"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="113"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="114"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="115"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="129"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="129"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>dmad::ui::RocPrPlot</name>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="29"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="55"/>
        <source>False-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="55"/>
        <source>True-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="56"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="56"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="79"/>
        <source>(%1 scores but %2 labels)</source>
        <translation>（%1 个分数，但有 %2 个标注）</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="139"/>
        <source>ROC  AUROC %1</source>
        <translation>ROC  AUROC %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="140"/>
        <source>Precision-recall  AP %1</source>
        <translation>精确率-召回率  AP %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SavablePlot</name>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="26"/>
        <source>Save Image As...</source>
        <translation>图像另存为...</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="28"/>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="51"/>
        <source>The plot could not be rendered.</source>
        <translation>无法渲染图表。</translation>
    </message>
    <message>
        <location filename="../ui/plots/png_file.cpp" line="13"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="59"/>
        <location filename="../ui/plots/savable_plot.cpp" line="66"/>
        <source>Save Plot</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="59"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ScoreHistogramPlot</name>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="32"/>
        <source>Image score</source>
        <translation>图像分数</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="33"/>
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
        <location filename="../ui/plots/score_histogram_plot.cpp" line="122"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Session</name>
    <message>
        <location filename="../ui/review/session.cpp" line="24"/>
        <source>Only a supervisor may %1; you are signed in as a labeller.</source>
        <translation>只有主管可以%1；您当前以标注员身份登录。</translation>
    </message>
    <message>
        <location filename="../ui/review/session.cpp" line="25"/>
        <source>Only a supervisor may %1; nobody is signed in.</source>
        <translation>只有主管可以%1；当前无人登录。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="46"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="49"/>
        <source>&amp;Backbone:</source>
        <translation>骨干网络(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="50"/>
        <source>&amp;Outlier textures:</source>
        <translation>离群纹理(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="54"/>
        <source>Automatic (GPU when available)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="55"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="56"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="57"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="59"/>
        <source>&amp;Threads (0 = one per core):</source>
        <translation>线程数（0 = 每核一个）(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="60"/>
        <source>Training &amp;epochs:</source>
        <translation>训练轮数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="61"/>
        <source>&amp;Patches per image (0 = all):</source>
        <translation>每张图像的图像块数（0 = 全部）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="62"/>
        <source>Default image &amp;threshold:</source>
        <translation>默认图像阈值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="64"/>
        <source>Save masks &amp;automatically</source>
        <translation>自动保存掩膜(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="68"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="72"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="77"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="78"/>
        <source>A new language applies after DMAD Studio restarts.</source>
        <translation>新语言将在 DMAD Studio 重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="111"/>
        <source>TorchScript file with forward(x) -&gt; (stride-8, stride-16 maps)</source>
        <translation>包含 forward(x) -&gt; (步长 8、步长 16 特征图) 的 TorchScript 文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="112"/>
        <source>Br&amp;owse...</source>
        <translation>浏览(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="132"/>
        <source>Folder of texture images, made into the pseudo anomalies</source>
        <translation>纹理图像文件夹，用于生成伪异常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="133"/>
        <source>Training fuses these textures with normal images to make pseudo anomalies (the abnormal bank M_o); subfolders are searched too</source>
        <translation>训练时将这些纹理与正常图像融合生成伪异常（异常记忆库 M_o）；也会搜索子文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="135"/>
        <source>Bro&amp;wse...</source>
        <translation>浏览(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="188"/>
        <source>Choose a backbone</source>
        <translation>选择骨干网络</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="189"/>
        <source>TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)</source>
        <translation>TorchScript 模块 (*.pt *.pth *.ts *.ptl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="197"/>
        <source>Choose the outlier textures</source>
        <translation>选择离群纹理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="227"/>
        <source>Checking the backbone...</source>
        <translation>正在检查骨干网络...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="275"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="288"/>
        <source>Enter a number, e.g. %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="352"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="353"/>
        <source>Some settings could not be saved:
%1</source>
        <translation>部分设置无法保存：
%1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SupervisorActions</name>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="59"/>
        <location filename="../ui/review/supervisor_actions.cpp" line="81"/>
        <location filename="../ui/review/supervisor_actions.cpp" line="108"/>
        <source>There is no image %1.</source>
        <translation>不存在图像 %1。</translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="61"/>
        <source>%1 has no label to accept.</source>
        <translation>%1 没有可接受的标注。</translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="102"/>
        <source>There is no model %1.</source>
        <translation>不存在模型 %1。</translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="111"/>
        <source>Model v%1 has not scored %2.</source>
        <translation>模型 v%1 尚未对 %2 评分。</translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="115"/>
        <source>%1 has a painted defect mask; it cannot become normal.</source>
        <translation>%1 已绘制缺陷掩膜，不能标为正常。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/supervisor_actions.cpp" line="149"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmad::ui::ToolPanel</name>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="55"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="71"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="73"/>
        <source>Brush diameter in image pixels ([ and ] change it)</source>
        <translation>画笔直径，以图像像素计（按 [ 和 ] 调整）</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="77"/>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="90"/>
        <source>Flood fill takes neighbouring pixels whose colour differs from the clicked pixel&apos;s by at most this much per channel</source>
        <translation>区域填充会选取相邻像素，其每个通道的颜色与所点击像素的差值不超过此值</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="92"/>
        <source>Fill tolerance</source>
        <translation>填充容差</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="97"/>
        <source>Defect type</source>
        <translation>缺陷类型</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="104"/>
        <source>Show mask</source>
        <translation>显示掩膜</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="107"/>
        <source>Mask opacity</source>
        <translation>掩膜不透明度</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="118"/>
        <source>Show heatmap</source>
        <translation>显示热力图</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="121"/>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="155"/>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingController</name>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="146"/>
        <source>Open a project before training.</source>
        <translation>训练前请先打开项目。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="150"/>
        <location filename="../ui/training/training_controller.cpp" line="305"/>
        <source>No backbone is chosen: select a TorchScript backbone in the settings.</source>
        <translation>未选择骨干网络：请在设置中选择 TorchScript 骨干网络。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="191"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="242"/>
        <source>The trained model could not be recorded in the project: %1</source>
        <translation>无法在项目中记录训练好的模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="258"/>
        <source>Version %1 is a candidate: its scores and heatmaps are shown to you, and it becomes active when a supervisor activates it.</source>
        <translation>版本 %1 是候选版本：您可以看到它的分数和热力图，待主管启用后它才会成为活动版本。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="287"/>
        <source>Model %1 is not in this project.</source>
        <translation>模型 %1 不在此项目中。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="323"/>
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
        <location filename="../ui/training/training_dock.cpp" line="38"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="39"/>
        <source>&amp;Retrain</source>
        <translation>增量训练(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="40"/>
        <source>&amp;Cancel Training</source>
        <translation>取消训练(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="41"/>
        <source>&amp;Switch to This Version</source>
        <translation>切换到此版本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="52"/>
        <source>Train a new model from scratch on every labelled image</source>
        <translation>使用全部已标注图像从头训练新模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="55"/>
        <source>Train a new model, reusing the banks of normal images: only the defects labelled since are new work</source>
        <translation>训练新模型并复用正常图像的记忆库：只需处理此后新标注的缺陷</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="58"/>
        <source>Stop training; the active model and the project stay as they were</source>
        <translation>停止训练；活动模型和项目保持原样</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="60"/>
        <source>Make the selected model version the active one</source>
        <translation>将所选模型版本设为活动版本</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="69"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="80"/>
        <source>Warnings of the last run appear here.</source>
        <translation>上次运行的警告将显示在此处。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_dock.cpp" line="131"/>
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
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="148"/>
        <source>Seen anomalies</source>
        <translation>已知异常</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="149"/>
        <source>Anomaly neighbours</source>
        <translation>异常近邻</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="150"/>
        <source>Training the score mapper</source>
        <translation>训练分数映射器</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="151"/>
        <source>Checking the model on its training images</source>
        <translation>在训练图像上检查模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="152"/>
        <source>Saving the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="153"/>
        <source>Scoring every image</source>
        <translation>为所有图像评分</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="191"/>
        <source>Retraining…</source>
        <translation>正在增量训练…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="191"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="203"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="205"/>
        <source>%1: %2, about %3 left</source>
        <translation>%1：%2，剩余约 %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="212"/>
        <source>Model v%1 is active</source>
        <translation>模型 v%1 已启用</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="213"/>
        <source>Every image was scored with model v%1.</source>
        <translation>所有图像均已用模型 v%1 评分。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="220"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="229"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="230"/>
        <source>Training was cancelled; the active model is unchanged.</source>
        <translation>训练已取消；活动模型保持不变。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingJob</name>
    <message>
        <location filename="../ui/training/training_job.cpp" line="70"/>
        <source>No GPU is available to this build; training runs on the CPU.</source>
        <translation>此版本无可用 GPU；训练将在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="168"/>
        <source>Training was cancelled; nothing was written.</source>
        <translation>训练已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="196"/>
        <source>The active model was made with another backbone; image-level defects are located with the normal bank instead (%1).</source>
        <translation>活动模型使用的是另一骨干网络；仅有图像级标注的缺陷改用正常记忆库定位（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="210"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="250"/>
        <source>Not scored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_job.cpp" line="252"/>
        <source>%n more image(s) could not be scored.</source>
        <translation>
            <numerusform>另有 %n 张图像无法评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="273"/>
        <source>The new model ranks its own %1 seen anomalies below its normal training images (AUROC %2, PatchCore %3): it was kept as a candidate and not made active.</source>
        <translation>新模型给其自身 %1 个已知异常的排序低于其正常训练图像（AUROC %2，PatchCore %3）：它被保留为候选版本，未设为活动版本。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingSetBuilder</name>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="64"/>
        <source>No folder of outlier textures is set. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>未设置离群纹理文件夹。训练需要纹理图像（例如 DTD 纹理）来生成伪异常：请在设置中选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="67"/>
        <source>The folder of outlier textures %1 does not exist. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>离群纹理文件夹 %1 不存在。训练需要纹理图像（例如 DTD 纹理）来生成伪异常：请在设置中选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="78"/>
        <source>The folder of outlier textures %1 holds no images.</source>
        <translation>离群纹理文件夹 %1 中没有图像。</translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="115"/>
        <source>%1: its mask was not used (%2)</source>
        <translation>%1：未使用其掩膜（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_set_builder.cpp" line="125"/>
        <source>%n defective image(s) of the test split are used for evaluation only; move an image to the train split to train on it.</source>
        <translation>
            <numerusform>测试集中的 %n 张缺陷图像仅用于评估；如需用于训练，请将图像移至训练集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="129"/>
        <source>No image is labelled normal in the train split: training needs normal images.</source>
        <translation>训练集中没有标注为正常的图像：训练需要正常图像。</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Verdict</name>
    <message>
        <location filename="../ui/review/verdict.cpp" line="16"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>dmad::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="28"/>
        <source>Show &amp;heatmap</source>
        <translation>显示热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="45"/>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="48"/>
        <source>Outline the region whose anomaly score is at least this value</source>
        <translation>勾勒出异常分数不低于此值的区域</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="51"/>
        <source>Score:</source>
        <translation>分数：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="52"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="54"/>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="58"/>
        <source>Contour at:</source>
        <translation>轮廓值：</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="74"/>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="132"/>
        <source>NG</source>
        <translation>NG</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="132"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="137"/>
        <source>%1 (this category)</source>
        <translation>%1（本类别）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="138"/>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="139"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="142"/>
        <source>No supervisor has set this category&apos;s threshold yet: it is the highest score the model gives an image labelled normal</source>
        <translation>尚无主管为此类别设置阈值：当前值为模型给标记为正常的图像的最高分数</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="152"/>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>DMAD Studio: label product images and review anomaly scores.</source>
        <translation>DMAD Studio：标注产品图像并审核异常分数。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>Open the demo project, building it from the shared data the first time (in the given project folder, else in the user data folder).</source>
        <translation>打开演示项目；首次打开时由共享数据构建（位于指定的项目文件夹，否则位于用户数据文件夹）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation>打开 &lt;文件夹&gt; 中的项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="81"/>
        <source>Tests only (needs DMAD_TEST_SIGN_IN=1): sign in as &lt;name&gt; without a password.</source>
        <translation>仅用于测试（需要 DMAD_TEST_SIGN_IN=1）：无需密码以 &lt;名称&gt; 身份登录。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>Tests only: the role of a --user the project does not know yet.</source>
        <translation>仅用于测试：项目尚不认识的 --user 的角色。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>--user and --role are for the test suites only; sign in with your name and password when the project opens.</source>
        <translation>--user 和 --role 仅供测试套件使用；请在项目打开时使用您的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="111"/>
        <source>Unknown role &quot;%1&quot;: use labeller, supervisor or administrator.</source>
        <translation>未知角色“%1”：请使用 labeller、supervisor 或 administrator。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="83"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>A project folder (same as --project).</source>
        <translation>项目文件夹（与 --project 相同）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>--user needs a name.</source>
        <translation>--user 需要一个名称。</translation>
    </message>
</context>
</TS>
