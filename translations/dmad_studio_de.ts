<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TrainingJob</name>
    <message>
        <location filename="../ui/training/training_job.cpp" line="68"/>
        <source>No GPU is available to this build; training runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui</name>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="24"/>
        <source>Cannot read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="35"/>
        <source>The image %1 is missing (moved or deleted). Use File &gt; Check Files to list all missing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="42"/>
        <source>%1 is %2x%3 pixels now, but was %4x%5 when imported: the file changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="55"/>
        <source>The mask %1 is %2x%3 pixels but the image is %4x%5; it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="73"/>
        <source>Cannot read the mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="80"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="36"/>
        <source>About DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="40"/>
        <source>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visual inspection with a dual memory bank: normal patterns and known defects, learnt from a few labelled images.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="50"/>
        <source>not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="52"/>
        <source>DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="53"/>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>OpenCV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="55"/>
        <source>LibTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="65"/>
        <source>&lt;h3&gt;Method&lt;/h3&gt;&lt;p&gt;DMAD follows J. Hu et al., &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;, arXiv:2403.12362 (2024), implemented anew for this workstation.&lt;/p&gt;&lt;h3&gt;Bundled assets&lt;/h3&gt;&lt;p&gt;The application icon (a magnifier over an inspection grid with one defective cell) was drawn for DMAD Studio and is dedicated to the public domain under &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt;.&lt;/p&gt;&lt;h3&gt;Not bundled&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Backbones&lt;/b&gt;: DMAD Studio ships no network weights. Choose a TorchScript backbone in Settings; &lt;code&gt;export_backbone.py&lt;/code&gt; (installed in /usr/share/dmad-studio) exports torchvision&apos;s ResNet-18 or WideResNet-50-2 (BSD-3-Clause code; ImageNet-trained weights) on a computer with internet access.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sets&lt;/b&gt; are not included; download them from their authors and respect their licences: MVTec AD and MVTec 3D-AD (&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;, CC BY-NC-SA 4.0, non-commercial), VisA (Amazon, &lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;, CC BY 4.0), the Describable Textures Dataset used for pseudo anomalies (&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;, research use).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), QCustomPlot (GPL-3.0), SQLite (public domain), OpenBLAS (BSD-3-Clause).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="90"/>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="70"/>
        <source>&amp;Save Plot as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="93"/>
        <source>Save the histogram, the ROC / PR curves and the metrics as one PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="97"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="101"/>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="157"/>
        <source>Model v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="161"/>
        <source>The project could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="190"/>
        <source>There is no active model yet: train one to see its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="192"/>
        <source>The project has no categories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="199"/>
        <source>The scores could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="254"/>
        <source>Drag the dashed line to set this category&apos;s OK / NG threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="255"/>
        <source>Only a supervisor may change the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="271"/>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="272"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="273"/>
        <source>set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="274"/>
        <source>Threshold %1 (%2): OK %3, NG %4 of %5 scored images. Labelled test images: %6 normal, %7 defective; at this threshold %8 missed defects, %9 false alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="298"/>
        <source>change a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="317"/>
        <source>There is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="319"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="322"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="325"/>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="333"/>
        <source>Save Plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="335"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AppSettings</name>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="48"/>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="137"/>
        <source>Choose a TorchScript backbone file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="140"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="142"/>
        <source>%1 is a folder, not a backbone file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="144"/>
        <source>%1 cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="146"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="173"/>
        <source>Threads must be 0 (one per core) or 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="180"/>
        <source>Epochs must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="187"/>
        <source>Patches per image must be 0 (all) or 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="194"/>
        <source>The threshold must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="201"/>
        <source>The user name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="226"/>
        <source>Unknown compute device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="312"/>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="325"/>
        <source>Unknown language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditCsv</name>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="42"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="47"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="50"/>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="50"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="51"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="52"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="53"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="54"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogView</name>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="44"/>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="60"/>
        <source>Filter by user or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="72"/>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="98"/>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="103"/>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/audit_log_view.cpp" line="136"/>
        <source>%n entries written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="143"/>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="145"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::CategoryAnalysis</name>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="31"/>
        <source>There is no category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="77"/>
        <source>There is no model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="109"/>
        <source>AUROC, AP and F1max need labelled test images of both kinds (here %1 normal, %2 defective).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapController</name>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="72"/>
        <source>Image %1 is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="85"/>
        <source>No model: train one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="107"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="150"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapOverlay</name>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="62"/>
        <source>The anomaly map has %1 values, which does not match %2 x %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="69"/>
        <source>The anomaly map range [%1, %2] is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="84"/>
        <source>The anomaly map image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageBrowser</name>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="52"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="53"/>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="54"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="55"/>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="56"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="57"/>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="60"/>
        <source>Train and test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="61"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="62"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="68"/>
        <source>Sort by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="69"/>
        <source>Sort by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="205"/>
        <source>All categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="208"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="218"/>
        <source>Any defect type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="272"/>
        <source>%1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageListModel</name>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="17"/>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="18"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="20"/>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="21"/>
        <source>defective: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="81"/>
        <source>%1
%2, %3 x %4 px
%5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="86"/>
        <source>, reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="87"/>
        <source>, mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="89"/>
        <source>
score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageView</name>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="40"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="42"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="43"/>
        <source>&amp;Actual Size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::LoginDialog</name>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="34"/>
        <location filename="../ui/review/login_dialog.cpp" line="53"/>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="41"/>
        <source>Labeller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="42"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="44"/>
        <source>Labellers label images and paint masks; supervisors also review labels and set thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="59"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="60"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="94"/>
        <source>The project could not record the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::LossPlot</name>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="9"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="12"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="13"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="74"/>
        <location filename="../ui/main/main_window.cpp" line="256"/>
        <source>%n image(s) and </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="75"/>
        <source>%n mask(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="77"/>
        <source>%n image(s) were already in the project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="81"/>
        <source>%n file(s) were not imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="89"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="132"/>
        <source>The project could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="149"/>
        <source>The project could not be created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="175"/>
        <source>Building the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="181"/>
        <source>The demo project was not built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="228"/>
        <location filename="../ui/main/main_window.cpp" line="239"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="250"/>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="255"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="257"/>
        <source>%n mask(s) exported in MVTec AD layout.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="260"/>
        <source>%n unlabelled image(s) were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="273"/>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="277"/>
        <source>The image table was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="286"/>
        <source>Checking the project&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="290"/>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="292"/>
        <source>All %n image(s) and their masks are in place.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/main_window.cpp" line="300"/>
        <source>%n file(s) are missing (moved or deleted); their records are kept:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="312"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="322"/>
        <source>%1 failed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="324"/>
        <source>%1

Took %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="486"/>
        <source>The mask was not saved; your painting is still on the canvas.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="491"/>
        <source>Mask saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="499"/>
        <source>Unsaved mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="499"/>
        <source>The mask of this image has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="512"/>
        <source>New defect type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="512"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="557"/>
        <source>Open or create a project first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="564"/>
        <source>DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="602"/>
        <source>%1[*] - DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="603"/>
        <source>DMAD Studio[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="610"/>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="610"/>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="615"/>
        <source>, reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="616"/>
        <source>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="635"/>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="636"/>
        <source>&amp;Open Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="637"/>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="640"/>
        <source>Import &amp;MVTec Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="640"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="641"/>
        <source>Import Image &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="641"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="643"/>
        <source>&amp;Export MVTec...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="643"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="644"/>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="644"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="645"/>
        <source>Check &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="646"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="648"/>
        <source>Mark &amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="648"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="649"/>
        <source>Mark &amp;Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="649"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="650"/>
        <source>Mark &amp;Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="650"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="651"/>
        <source>Toggle &amp;Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="651"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="652"/>
        <source>&amp;Save Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="653"/>
        <source>New Defect &amp;Type...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="654"/>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="655"/>
        <source>&amp;About DMAD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="656"/>
        <source>Ne&amp;xt Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="656"/>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="657"/>
        <source>Pre&amp;vious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="657"/>
        <source>Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="662"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="671"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="680"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="690"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="698"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="705"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="712"/>
        <source>Mask Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="727"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="730"/>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="740"/>
        <source>New project: choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="745"/>
        <source>Open project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="751"/>
        <source>Import a folder in MVTec AD layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="756"/>
        <source>Import a folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="761"/>
        <source>Export to a folder (MVTec AD layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="766"/>
        <source>Export the image table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="767"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskCanvas</name>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="59"/>
        <source>&amp;Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Polygon Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="62"/>
        <source>&amp;Lasso Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="63"/>
        <source>&amp;Flood Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="78"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="79"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="96"/>
        <source>&amp;Clear Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="98"/>
        <source>Larger Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="100"/>
        <source>Smaller Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="493"/>
        <source>Lasso fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="552"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="552"/>
        <source>Brush stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="558"/>
        <source>Polygon fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskDocument</name>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="84"/>
        <location filename="../ui/canvas/mask_document.cpp" line="90"/>
        <location filename="../ui/canvas/mask_document.cpp" line="94"/>
        <source>Cannot write mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="137"/>
        <source>The mask is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="141"/>
        <source>The mask is %1 pixels but the image is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="153"/>
        <location filename="../ui/canvas/mask_document.cpp" line="163"/>
        <source>The mask %1 is %2 pixels but the image is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="159"/>
        <source>Cannot read mask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="173"/>
        <source>There is no mask to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="185"/>
        <source>There is no mask to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="260"/>
        <source>Flood fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="265"/>
        <source>Clear mask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTable</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="180"/>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="182"/>
        <source>Save Image As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="198"/>
        <source>The table could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="203"/>
        <location filename="../ui/plots/metrics_table.cpp" line="209"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="219"/>
        <location filename="../ui/plots/metrics_table.cpp" line="226"/>
        <source>Save Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="219"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="67"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="142"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="143"/>
        <source>Image AUROC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="144"/>
        <source>AP %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="145"/>
        <source>F1max %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="146"/>
        <source>Pixel AUROC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="147"/>
        <source>PRO %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="148"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="149"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ModelVersionsModel</name>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="97"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="101"/>
        <source>semi-supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="103"/>
        <source>unsupervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="107"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="117"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="118"/>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="119"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="120"/>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="121"/>
        <source>Test AUROC %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="122"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ProjectJob</name>
    <message>
        <location filename="../ui/main/project_job.cpp" line="30"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueue</name>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="51"/>
        <source>&amp;Unreviewed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="77"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="125"/>
        <source>&amp;Accept Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="126"/>
        <source>Confirm the labeller&apos;s label and mark the image reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="127"/>
        <source>&amp;Reject Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="128"/>
        <source>Send the image back to the labellers: unlabelled and unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="129"/>
        <source>Accept &amp;Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="130"/>
        <source>Label the image as the model&apos;s verdict says (NG: defective, OK: normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="131"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="131"/>
        <source>Read the queue from the project again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="170"/>
        <source>Model v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="174"/>
        <source>There is no active model yet: train one to fill the review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="177"/>
        <source>The review queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="189"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="204"/>
        <source>Image %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="261"/>
        <source>Supervisors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="14"/>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="15"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="17"/>
        <source>defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="18"/>
        <source>defective (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="111"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="112"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="113"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="114"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="115"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="129"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="129"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::RocPrPlot</name>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>False-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>True-positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="76"/>
        <source>(%1 scores but %2 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="136"/>
        <source>ROC  AUROC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="137"/>
        <source>Precision-recall  AP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::SavablePlot</name>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="27"/>
        <source>Save Image As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="29"/>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="52"/>
        <source>The plot could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="57"/>
        <location filename="../ui/plots/savable_plot.cpp" line="63"/>
        <location filename="../ui/plots/savable_plot.cpp" line="67"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="75"/>
        <location filename="../ui/plots/savable_plot.cpp" line="82"/>
        <source>Save Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="75"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ScoreHistogramPlot</name>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="32"/>
        <source>Image score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="33"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="100"/>
        <source>Normal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="101"/>
        <source>Defective (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="122"/>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::Session</name>
    <message>
        <location filename="../ui/review/session.cpp" line="22"/>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/session.cpp" line="43"/>
        <source>Only a supervisor may %1; you are signed in as a labeller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/session.cpp" line="44"/>
        <source>Only a supervisor may %1; nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="49"/>
        <source>&amp;Backbone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="53"/>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="54"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="55"/>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="56"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="58"/>
        <source>&amp;Threads (0 = one per core):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="59"/>
        <source>Training &amp;epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="60"/>
        <source>&amp;Patches per image (0 = all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="61"/>
        <source>Default image &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="63"/>
        <source>Save masks &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="67"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="71"/>
        <source>Labeller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="72"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="73"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="77"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="82"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="83"/>
        <source>A new language applies after DMAD Studio restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="116"/>
        <source>TorchScript file with forward(x) -&gt; (stride-8, stride-16 maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="117"/>
        <source>Br&amp;owse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="169"/>
        <source>Choose a backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="170"/>
        <source>TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="200"/>
        <source>Checking the backbone...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="248"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="261"/>
        <source>Enter a number, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="321"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="322"/>
        <source>Some settings could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::SupervisorActions</name>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="49"/>
        <source>accept labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="58"/>
        <location filename="../ui/review/supervisor_actions.cpp" line="80"/>
        <location filename="../ui/review/supervisor_actions.cpp" line="107"/>
        <source>There is no image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="60"/>
        <source>%1 has no label to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="71"/>
        <source>reject labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="94"/>
        <source>accept predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="101"/>
        <source>There is no model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="110"/>
        <source>Model v%1 has not scored %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="114"/>
        <source>%1 has a painted defect mask; it cannot become normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="135"/>
        <source>change a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/supervisor_actions.cpp" line="138"/>
        <source>A threshold must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::ToolPanel</name>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="55"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="71"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="73"/>
        <source>Brush diameter in image pixels ([ and ] change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="77"/>
        <source>Brush size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="90"/>
        <source>Flood fill takes neighbouring pixels whose colour differs from the clicked pixel&apos;s by at most this much per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="92"/>
        <source>Fill tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="97"/>
        <source>Defect type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="104"/>
        <source>Show mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="107"/>
        <source>Mask opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="118"/>
        <source>Show heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="121"/>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="155"/>
        <source>Defect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingController</name>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="144"/>
        <source>Open a project before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="148"/>
        <location filename="../ui/training/training_controller.cpp" line="280"/>
        <source>No backbone is chosen: select a TorchScript backbone in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="189"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="232"/>
        <source>The trained model could not be recorded in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="262"/>
        <source>Model %1 is not in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="298"/>
        <source>Model version %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingDock</name>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="36"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="38"/>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="39"/>
        <source>&amp;Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="40"/>
        <source>&amp;Cancel Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="41"/>
        <source>&amp;Switch to This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="52"/>
        <source>Train a new model from scratch on every labelled image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="55"/>
        <source>Train a new model, reusing the banks of normal images: only the defects labelled since are new work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="58"/>
        <source>Stop training; the active model and the project stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="60"/>
        <source>Make the selected model version the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="69"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="80"/>
        <source>Warnings of the last run appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_dock.cpp" line="131"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="143"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="144"/>
        <source>Extracting features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="145"/>
        <source>Normal memory bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="146"/>
        <source>Pseudo anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="147"/>
        <source>Nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="148"/>
        <source>Seen anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="149"/>
        <source>Anomaly neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="150"/>
        <source>Training the score mapper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="151"/>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="152"/>
        <source>Scoring every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="190"/>
        <source>Retraining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="190"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="202"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="204"/>
        <source>%1: %2, about %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="211"/>
        <source>Model v%1 is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="212"/>
        <source>Every image was scored with model v%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="219"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="228"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="229"/>
        <source>Training was cancelled; the active model is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingJob</name>
    <message>
        <location filename="../ui/training/training_job.cpp" line="161"/>
        <source>Training was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="189"/>
        <source>The active model was made with another backbone; image-level defects are located with the normal bank instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="203"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_job.cpp" line="240"/>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_job.cpp" line="242"/>
        <source>%n more image(s) could not be scored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingSetBuilder</name>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="64"/>
        <source>No folder of outlier textures is set. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="67"/>
        <source>The folder of outlier textures %1 does not exist. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="78"/>
        <source>The folder of outlier textures %1 holds no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="115"/>
        <source>%1: its mask was not used (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_set_builder.cpp" line="125"/>
        <source>%n defective image(s) of the test split are used for evaluation only; move an image to the train split to train on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_set_builder.cpp" line="129"/>
        <source>No image is labelled normal in the train split: training needs normal images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::Verdict</name>
    <message>
        <location filename="../ui/review/verdict.cpp" line="16"/>
        <source>NG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="17"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dmad::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="28"/>
        <source>Show &amp;heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="45"/>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="48"/>
        <source>Outline the region whose anomaly score is at least this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="51"/>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="52"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="54"/>
        <source>Opacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="58"/>
        <source>Contour at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="70"/>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="128"/>
        <source>NG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="128"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="132"/>
        <source>%1 (this category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="133"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="141"/>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>DMAD Studio: label product images and review anomaly scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Open the demo project, building it from the shared data the first time (in the given project folder, else in the user data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>A project folder (same as --project).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
