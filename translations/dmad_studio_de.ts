<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HeatmapOverlay</name>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="26"/>
        <source>The anomaly map has %1 values, which does not match %2 x %3.</source>
        <translation>Die Anomaliekarte hat %1 Werte, das passt nicht zu %2 x %3.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="33"/>
        <source>The anomaly map range [%1, %2] is empty.</source>
        <translation>Der Wertebereich [%1, %2] der Anomaliekarte ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/heatmap_overlay.cpp" line="47"/>
        <source>The anomaly map image is empty.</source>
        <translation>Das Bild der Anomaliekarte ist leer.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="9"/>
        <source>Changed on another station</source>
        <translation>An einem anderen Arbeitsplatz geändert</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="10"/>
        <source>Someone else saved %1 after you opened it.</source>
        <translation>Jemand anderes hat %1 gespeichert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="13"/>
        <source>Keep yours (replacing theirs), take theirs (dropping yours), or go on editing and decide later?</source>
        <translation>Ihre Fassung behalten (und die andere ersetzen), die andere übernehmen (und Ihre verwerfen) oder weiter bearbeiten und später entscheiden?</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="16"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="18"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/team/conflict_question.cpp" line="20"/>
        <source>&amp;Go On Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/project/project_store.cpp" line="70"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="82"/>
        <source>%1 is not an SQLite database: the file is corrupt or of another kind. It was left unchanged.</source>
        <translation>%1 ist keine SQLite-Datenbank: Die Datei ist beschädigt oder von anderer Art. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="87"/>
        <source>The project database %1 is damaged (%2). It was left unchanged; restore the project from a backup (File &gt; Restore Project...).</source>
        <translation>Die Projektdatenbank %1 ist beschädigt (%2). Sie wurde nicht verändert; stellen Sie das Projekt aus einer Sicherung wieder her (Datei &gt; Projekt wiederherstellen...).</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="92"/>
        <source>The disk is full: %1 cannot be opened until some space is freed.</source>
        <translation>Der Datenträger ist voll: %1 kann erst geöffnet werden, wenn Speicherplatz frei wird.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="94"/>
        <source>%1 cannot be read here (%2).</source>
        <translation>%1 kann hier nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="95"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="97"/>
        <source>%1 cannot be read as a database (%2). It was left unchanged.</source>
        <translation>%1 kann nicht als Datenbank gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="131"/>
        <source>%1 is an SQLite database, but not a DMAD Studio project. It was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein DMAD-Studio-Projekt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="137"/>
        <location filename="../core/project/project_store.cpp" line="318"/>
        <source>%1 was written by a newer DMAD Studio (schema %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1 wurde von einer neueren Version von DMAD Studio geschrieben (Schema %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="149"/>
        <source>%1 is not an SQLite database: the file is empty. It was left unchanged.</source>
        <translation>%1 ist keine SQLite-Datenbank: Die Datei ist leer. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="84"/>
        <source>Opening the backup</source>
        <translation>Öffnen der Sicherung</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="88"/>
        <source>The database copy in the backup failed its integrity check.</source>
        <translation>Die Datenbankkopie in der Sicherung hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="106"/>
        <source>%1 is a file; give a folder for the backup.</source>
        <translation>%1 ist eine Datei; geben Sie einen Ordner für die Sicherung an.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="115"/>
        <source>A backup cannot be put inside the project folder %1.</source>
        <translation>Eine Sicherung kann nicht im Projektordner %1 abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="118"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="141"/>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="149"/>
        <source>%1 is not a DMAD Studio backup (no %2 in it).</source>
        <translation>%1 ist keine DMAD-Studio-Sicherung (%2 fehlt darin).</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="155"/>
        <source>%1 is not a backup this version can read.</source>
        <translation>%1 ist keine Sicherung, die diese Version lesen kann.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="174"/>
        <location filename="../core/project/project_backup.cpp" line="198"/>
        <location filename="../core/project/project_backup.cpp" line="256"/>
        <location filename="../core/project/project_store.cpp" line="169"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="226"/>
        <source>The project %1 is open (in DMAD Studio or another program); close it before restoring over it.</source>
        <translation>Das Projekt %1 ist geöffnet (in DMAD Studio oder einem anderen Programm); schließen Sie es, bevor Sie darüber wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="231"/>
        <source>%1 is not empty and holds no project; restore into a new or empty folder.</source>
        <translation>%1 ist nicht leer und enthält kein Projekt; stellen Sie in einen neuen oder leeren Ordner wieder her.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="244"/>
        <source>The backup lists a file outside itself: %1</source>
        <translation>Die Sicherung verweist auf eine Datei außerhalb der Sicherung: %1</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="249"/>
        <source>The backup is damaged: %1 differs from what was backed up. Nothing was restored.</source>
        <translation>Die Sicherung ist beschädigt: %1 weicht vom gesicherten Stand ab. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/project/project_backup.cpp" line="265"/>
        <source>The database in the backup is damaged (%1). Nothing was restored.</source>
        <translation>Die Datenbank in der Sicherung ist beschädigt (%1). Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="31"/>
        <location filename="../core/project/project_store.cpp" line="187"/>
        <source>%1 already holds a project</source>
        <translation>%1 enthält bereits ein Projekt</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="35"/>
        <source>%1 is not empty; the demo project needs a new or empty folder</source>
        <translation>%1 ist nicht leer; das Demoprojekt benötigt einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="40"/>
        <source>%1 holds no data in MVTec layout</source>
        <translation>%1 enthält keine Daten im MVTec-Layout</translation>
    </message>
    <message>
        <location filename="../core/project/demo_project.cpp" line="61"/>
        <source>Cannot move the demo project to %1</source>
        <translation>Das Demoprojekt kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="226"/>
        <source>%1 is not a DMAD Studio project (no %2 in it)</source>
        <translation>%1 ist kein DMAD-Studio-Projekt (%2 fehlt darin)</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="260"/>
        <source>Cannot connect to %1 as %2: %3</source>
        <translation>Verbindung zu %1 als %2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="271"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed here: install libqt6sql6-psql to open projects on a server.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist hier nicht installiert: Installieren Sie libqt6sql6-psql, um Projekte auf einem Server zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="313"/>
        <source>The database %1 holds tables, but is not a DMAD Studio project. It was left unchanged.</source>
        <translation>Die Datenbank %1 enthält Tabellen, ist aber kein DMAD-Studio-Projekt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="327"/>
        <source>The project on %1 needs an upgrade (schema %2 to %3) that only its owner, the server account %4, or a PostgreSQL superuser can run: ask them to connect to it once with this version of DMAD Studio (File &gt; Connect to Server...), which upgrades it. Nothing was changed.</source>
        <translation>Das Projekt auf %1 benötigt eine Aktualisierung (Schema %2 auf %3), die nur sein Eigentümer, das Serverkonto %4, oder ein PostgreSQL-Superuser ausführen kann: Bitten Sie diese Person, sich einmal mit dieser Version von DMAD Studio damit zu verbinden (Datei &gt; Mit Server verbinden...), wodurch es aktualisiert wird. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="349"/>
        <source>The project %1 is open read-only (its files or folder are not writable for you): changes cannot be saved.</source>
        <translation>Das Projekt %1 ist schreibgeschützt geöffnet (Sie haben keine Schreibrechte für seine Dateien oder seinen Ordner): Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/project_store.cpp" line="369"/>
        <source>%1 was made by an older DMAD Studio and must be upgraded, which needs write access to the project folder.</source>
        <translation>%1 wurde mit einer älteren Version von DMAD Studio erstellt und muss aktualisiert werden; dafür sind Schreibrechte für den Projektordner nötig.</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="31"/>
        <source>a labeller</source>
        <translation>ein Annotator</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="32"/>
        <source>a supervisor</source>
        <translation>ein Supervisor</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="33"/>
        <source>an administrator</source>
        <translation>ein Administrator</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="41"/>
        <source>you are signed in as a labeller</source>
        <translation>Sie sind als Annotator angemeldet</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="42"/>
        <source>you are signed in as a supervisor</source>
        <translation>Sie sind als Supervisor angemeldet</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="43"/>
        <source>you are signed in as an administrator</source>
        <translation>Sie sind als Administrator angemeldet</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="56"/>
        <source>label images</source>
        <translation>Bilder annotieren</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="57"/>
        <source>review labels</source>
        <translation>Annotationen prüfen</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="58"/>
        <source>change a threshold</source>
        <translation>einen Schwellenwert ändern</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="59"/>
        <source>activate or roll back a model version</source>
        <translation>eine Modellversion aktivieren oder zurücksetzen</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="60"/>
        <source>delete what another user made</source>
        <translation>löschen, was ein anderer Benutzer erstellt hat</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="61"/>
        <source>manage user accounts</source>
        <translation>Benutzerkonten verwalten</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="81"/>
        <source>&quot;%1&quot; has no account in this project</source>
        <translation>„%1“ hat kein Konto in diesem Projekt</translation>
    </message>
    <message>
        <location filename="../core/project/access.cpp" line="83"/>
        <source>Only %1 may %2; %3.</source>
        <translation>Nur %1 darf %2; %3.</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="38"/>
        <source>This project already has an administrator; ask them for an account.</source>
        <translation>Dieses Projekt hat bereits einen Administrator; bitten Sie ihn um ein Konto.</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="44"/>
        <source>There is already a user &quot;%1&quot; with a password.</source>
        <translation>Es gibt bereits einen Benutzer „%1“ mit einem Passwort.</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="66"/>
        <source>%1 has no password yet: an administrator gives the account one (File &gt; Add User... with the same name).</source>
        <translation>%1 hat noch kein Passwort: Ein Administrator vergibt dem Konto eines (Datei &gt; Benutzer hinzufügen mit demselben Namen).</translation>
    </message>
    <message>
        <location filename="../core/project/accounts.cpp" line="70"/>
        <source>Unknown user name or wrong password.</source>
        <translation>Unbekannter Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../core/project/atomic_file.cpp" line="93"/>
        <source>%1 was not written</source>
        <translation>%1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../core/project/atomic_file.cpp" line="117"/>
        <location filename="../core/project/atomic_file.cpp" line="127"/>
        <location filename="../core/project/project_backup.cpp" line="43"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="99"/>
        <source>entry %1 follows entry %2: the entries between them are missing</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: Die Einträge dazwischen fehlen</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="103"/>
        <source>entry %1 has no valid time</source>
        <translation>Eintrag %1 hat keine gültige Zeitangabe</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="105"/>
        <source>entry %1 is dated before entry %2 (back-dated)</source>
        <translation>Eintrag %1 ist früher datiert als Eintrag %2 (rückdatiert)</translation>
    </message>
    <message>
        <location filename="../core/project/audit_log.cpp" line="108"/>
        <source>entry %1 was changed, inserted or follows a changed entry (its hash does not match)</source>
        <translation>Eintrag %1 wurde geändert, eingefügt oder folgt auf einen geänderten Eintrag (sein Hash stimmt nicht überein)</translation>
    </message>
    <message>
        <location filename="../core/project/category_repository.cpp" line="11"/>
        <source>A category needs a name</source>
        <translation>Eine Kategorie benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../core/project/defect_type_repository.cpp" line="34"/>
        <source>A defect type needs a name</source>
        <translation>Eine Fehlerart benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../core/project/defect_type_repository.cpp" line="48"/>
        <source>%1 is not a colour of the form #rrggbb</source>
        <translation>%1 ist keine Farbe der Form #rrggbb</translation>
    </message>
    <message>
        <location filename="../core/project/folder_import.cpp" line="15"/>
        <source>The folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/project/folder_import.cpp" line="30"/>
        <source>%1 holds no PNG, JPEG, BMP or TIFF images</source>
        <translation>%1 enthält keine PNG-, JPEG-, BMP- oder TIFF-Bilder</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="54"/>
        <source>%1: the file name is not valid UTF-8, so it cannot be opened; rename the file and import it again</source>
        <translation>%1: Der Dateiname ist kein gültiges UTF-8 und kann daher nicht geöffnet werden; benennen Sie die Datei um und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="57"/>
        <location filename="../core/project/image_importer.cpp" line="65"/>
        <location filename="../core/project/image_importer.cpp" line="104"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="74"/>
        <location filename="../core/project/image_importer.cpp" line="144"/>
        <source>Cannot copy %1 into the project</source>
        <translation>%1 kann nicht in das Projekt kopiert werden</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="107"/>
        <source>%1: not a readable PNG, JPEG, BMP or TIFF image</source>
        <translation>%1: kein lesbares PNG-, JPEG-, BMP- oder TIFF-Bild</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="110"/>
        <source>%1: its header claims %2 x %3 pixels, above the limit of %4 megapixels; not imported</source>
        <translation>%1: Laut Dateikopf hat das Bild %2 x %3 Pixel, mehr als die Grenze von %4 Megapixeln; nicht importiert</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="119"/>
        <source>%1: the file is truncated (an incomplete copy or download); not imported</source>
        <translation>%1: Die Datei ist abgeschnitten (eine unvollständige Kopie oder ein unvollständiger Download); nicht importiert</translation>
    </message>
    <message>
        <location filename="../core/project/image_importer.cpp" line="152"/>
        <source>%1: mask not imported: %2</source>
        <translation>%1: Maske nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="23"/>
        <source>An image needs a path and a size: %1</source>
        <translation>Ein Bild benötigt einen Pfad und eine Größe: %1</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="131"/>
        <location filename="../core/project/mask_repository.cpp" line="151"/>
        <source>There is no image %1</source>
        <translation>Es gibt kein Bild %1</translation>
    </message>
    <message>
        <location filename="../core/project/image_repository.cpp" line="133"/>
        <source>%1 was changed by someone else after you opened it (it is now %2). Nothing was saved.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie es geöffnet hatten (jetzt: %2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="39"/>
        <source>The mask</source>
        <translation>Die Maske</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="47"/>
        <source>The mask of image %1 was changed by someone else after you opened it (version %2, yours was %3). Nothing was saved.</source>
        <translation>Die Maske von Bild %1 wurde von jemand anderem geändert, nachdem Sie sie geöffnet hatten (Version %2, Ihre war %3). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="71"/>
        <source>Cannot read the mask %1: %2</source>
        <translation>Die Maske %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="94"/>
        <source>The server did not let you remove the mask of image %1 (painted by %2): only its author or a supervisor may.</source>
        <translation>Der Server hat Ihnen nicht erlaubt, die Maske von Bild %1 (gezeichnet von %2) zu entfernen: Nur ihr Autor oder ein Supervisor darf das.</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="101"/>
        <source>Cannot delete the mask %1</source>
        <translation>Die Maske %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="153"/>
        <source>%1 is not a PNG image</source>
        <translation>%1 ist kein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../core/project/mask_repository.cpp" line="156"/>
        <source>%1 is %2x%3 pixels, but the image is %4x%5</source>
        <translation>%1 hat %2x%3 Pixel, das Bild aber %4x%5</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="23"/>
        <source>The model&apos;s %1 are not valid JSON: %2</source>
        <translation>Die %1 des Modells sind kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="34"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="35"/>
        <location filename="../core/project/model_repository.cpp" line="56"/>
        <source>metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="63"/>
        <source>There is no model %1</source>
        <translation>Es gibt kein Modell %1</translation>
    </message>
    <message>
        <location filename="../core/project/model_repository.cpp" line="97"/>
        <source>Model version %1 on the server does not match its checksum: it cannot be loaded.</source>
        <translation>Modellversion %1 auf dem Server stimmt nicht mit ihrer Prüfsumme überein: Sie kann nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="34"/>
        <location filename="../core/project/mvtec_export.cpp" line="41"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="78"/>
        <source>%1: missing, not exported</source>
        <translation>%1: fehlt, nicht exportiert</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_export.cpp" line="97"/>
        <source>%1: mask missing, image exported without it</source>
        <translation>%1: Maske fehlt, Bild ohne sie exportiert</translation>
    </message>
    <message>
        <location filename="../core/project/mvtec_import.cpp" line="66"/>
        <source>%1 is not in MVTec layout: no category with train/ or test/ folders in it</source>
        <translation>%1 ist nicht im MVTec-Layout: keine Kategorie mit Ordnern train/ oder test/ darin</translation>
    </message>
    <message>
        <location filename="../core/project/password_hash.cpp" line="14"/>
        <source>The password library (libsodium) could not start.</source>
        <translation>Die Passwort-Bibliothek (libsodium) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../core/project/password_hash.cpp" line="29"/>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>Das Passwort konnte nicht gehasht werden: nicht genug Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../core/project/project_copy.cpp" line="96"/>
        <source>The target project already holds data (%1 rows in %2): a copy goes only into a new project.</source>
        <translation>Das Zielprojekt enthält bereits Daten (%1 Zeilen in %2): Eine Kopie ist nur in ein neues Projekt möglich.</translation>
    </message>
    <message>
        <location filename="../core/project/project_copy.cpp" line="109"/>
        <source>The copy of %1 has %2 rows, the source %3: nothing was copied.</source>
        <translation>Die Kopie von %1 hat %2 Zeilen, die Quelle %3: Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="32"/>
        <source>The server refused this for your account: %1</source>
        <translation>Der Server hat dies für Ihr Konto abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="36"/>
        <source>The database server&apos;s disk is full: the change was not saved.</source>
        <translation>Der Datenträger des Datenbankservers ist voll: Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="40"/>
        <source>The connection to the database server was lost: the change was not saved (%1).</source>
        <translation>Die Verbindung zum Datenbankserver wurde unterbrochen: Die Änderung wurde nicht gespeichert (%1).</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="46"/>
        <source>The database server is read-only: the change was not saved.</source>
        <translation>Der Datenbankserver ist schreibgeschützt: Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="82"/>
        <source>The disk is full: the change was not saved (the project is intact). Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die Änderung wurde nicht gespeichert (das Projekt ist unversehrt). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="86"/>
        <source>The project database is damaged (%1). Restore the project from a backup (File &gt; Restore Project...).</source>
        <translation>Die Projektdatenbank ist beschädigt (%1). Stellen Sie das Projekt aus einer Sicherung wieder her (Datei &gt; Projekt wiederherstellen...).</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="90"/>
        <source>The project is read-only here: the change was not saved.</source>
        <translation>Das Projekt ist hier schreibgeschützt: Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="98"/>
        <source>The disk is full: %1 could not be written (nothing was replaced).</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden (es wurde nichts ersetzt).</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="103"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/project_error.cpp" line="107"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/project_recovery.cpp" line="65"/>
        <source>model version %1: %2</source>
        <translation>Modellversion %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="74"/>
        <source>%n half-written file(s) of an interrupted save were removed.</source>
        <translation>
            <numerusform>%n halb geschriebene Datei eines unterbrochenen Speichervorgangs wurde entfernt.</numerusform>
            <numerusform>%n halb geschriebene Dateien eines unterbrochenen Speichervorgangs wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="78"/>
        <source>%n file(s) that the project does not record (left by an interrupted save) were moved to %1:</source>
        <translation>
            <numerusform>%n Datei, die das Projekt nicht verzeichnet (von einem unterbrochenen Speichervorgang übrig), wurde nach %1 verschoben:</numerusform>
            <numerusform>%n Dateien, die das Projekt nicht verzeichnet (von einem unterbrochenen Speichervorgang übrig), wurden nach %1 verschoben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/project_recovery.cpp" line="85"/>
        <source>The file of %n model version(s) is missing; these versions cannot be used until it is put back:</source>
        <translation>
            <numerusform>Die Datei von %n Modellversion fehlt; diese Version kann erst verwendet werden, wenn die Datei wieder vorhanden ist:</numerusform>
            <numerusform>Die Dateien von %n Modellversionen fehlen; diese Versionen können erst verwendet werden, wenn die Dateien wieder vorhanden sind:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="34"/>
        <source>There is no image %1.</source>
        <translation>Es gibt kein Bild %1.</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="94"/>
        <source>%1 has no label to accept.</source>
        <translation>%1 hat keine Annotation, die bestätigt werden kann.</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="116"/>
        <location filename="../core/project/supervision.cpp" line="68"/>
        <source>There is no model %1.</source>
        <translation>Es gibt kein Modell %1.</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="122"/>
        <source>Model v%1 has not scored %2.</source>
        <translation>Modell v%1 hat %2 nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../core/project/review.cpp" line="126"/>
        <source>%1 has a painted defect mask; it cannot become normal.</source>
        <translation>%1 hat eine gezeichnete Fehlermaske; es kann nicht normal werden.</translation>
    </message>
    <message>
        <location filename="../core/project/score_repository.cpp" line="22"/>
        <source>The score of image %1 is not a number</source>
        <translation>Der Score von Bild %1 ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/project/score_repository.cpp" line="51"/>
        <source>A threshold must be a number</source>
        <translation>Ein Schwellenwert muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/project/supervision.cpp" line="34"/>
        <source>A threshold must be a finite number.</source>
        <translation>Ein Schwellenwert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="43"/>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="50"/>
        <source>A user name cannot contain control, invisible or line-break characters (U+%1).</source>
        <translation>Ein Benutzername darf keine Steuer-, unsichtbaren oder Zeilenumbruchzeichen enthalten (U+%1).</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="56"/>
        <source>A user name can have at most %1 characters (this one has %2).</source>
        <translation>Ein Benutzername darf höchstens %1 Zeichen haben (dieser hat %2).</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="77"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort benötigt mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="80"/>
        <source>A password can have at most %1 characters.</source>
        <translation>Ein Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/project/user_repository.cpp" line="105"/>
        <source>There is already a user &quot;%1&quot;; names differing only in case or in look-alike characters are the same account.</source>
        <translation>Es gibt bereits einen Benutzer „%1“; Namen, die sich nur in Groß-/Kleinschreibung oder in ähnlich aussehenden Zeichen unterscheiden, bezeichnen dasselbe Konto.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="32"/>
        <source>About DMAD Studio</source>
        <translation>Über DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="36"/>
        <source>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visual inspection with a dual memory bank: normal patterns and known defects, learnt from a few labelled images.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;DMAD Studio %1&lt;/h2&gt;&lt;p&gt;Visuelle Prüfung mit doppelter Speicherbank: normale Muster und bekannte Fehler, gelernt aus wenigen annotierten Bildern.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="47"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
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
        <translation>%1 (erstellt mit %2)</translation>
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
        <translation>&lt;h3&gt;Verfahren&lt;/h3&gt;&lt;p&gt;DMAD folgt J. Hu et al., &lt;i&gt;DMAD: Dual Memory Bank for Real-World Anomaly Detection&lt;/i&gt;, arXiv:2403.12362 (2024), für diesen Arbeitsplatz neu implementiert.&lt;/p&gt;&lt;h3&gt;Mitgelieferte Inhalte&lt;/h3&gt;&lt;p&gt;Das Programmsymbol (eine Lupe über einem Prüfraster mit einer fehlerhaften Zelle) wurde für DMAD Studio gezeichnet und ist unter &lt;a href=&quot;https://creativecommons.org/publicdomain/zero/1.0/&quot;&gt;CC0 1.0&lt;/a&gt; gemeinfrei.&lt;/p&gt;&lt;h3&gt;Nicht mitgeliefert&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Backbones&lt;/b&gt;: DMAD Studio enthält keine Netzgewichte. Wählen Sie in den Einstellungen ein TorchScript-Backbone; &lt;code&gt;export_backbone.py&lt;/code&gt; (installiert in /usr/share/dmad-studio) exportiert ResNet-18 oder WideResNet-50-2 aus torchvision (Code unter BSD-3-Clause; auf ImageNet trainierte Gewichte) auf einem Rechner mit Internetzugang.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datensätze&lt;/b&gt; sind nicht enthalten; laden Sie sie bei ihren Urhebern herunter und beachten Sie deren Lizenzen: MVTec AD und MVTec 3D-AD (&lt;a href=&quot;https://www.mvtec.com/company/research/datasets&quot;&gt;mvtec.com&lt;/a&gt;, CC BY-NC-SA 4.0, nicht kommerziell), VisA (Amazon, &lt;a href=&quot;https://github.com/amazon-science/spot-diff&quot;&gt;github.com/amazon-science/spot-diff&lt;/a&gt;, CC BY 4.0), der Describable Textures Dataset für Pseudo-Anomalien (&lt;a href=&quot;https://www.robots.ox.ac.uk/~vgg/data/dtd/&quot;&gt;robots.ox.ac.uk/~vgg/data/dtd&lt;/a&gt;, Forschungszwecke).&lt;/p&gt;&lt;h3&gt;Bibliotheken&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPL-3.0), OpenCV (Apache-2.0), LibTorch / PyTorch (BSD-3-Clause), QCustomPlot (GPL-3.0), SQLite (gemeinfrei), OpenBLAS (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="85"/>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AccountDialog</name>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="21"/>
        <source>Create the Project&apos;s Administrator</source>
        <translation>Administrator des Projekts anlegen</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="21"/>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="40"/>
        <source>Create and Sign In</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="40"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="46"/>
        <source>This project has no administrator yet. The account you create here administers it: it adds the labellers and supervisors.</source>
        <translation>Dieses Projekt hat noch keinen Administrator. Das Konto, das Sie hier anlegen, verwaltet es: Es fügt die Annotatoren und Supervisoren hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="53"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="57"/>
        <source>Labeller</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="58"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="59"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="60"/>
        <source>Labellers label images, paint masks and train candidate versions; supervisors also review, set thresholds and activate versions; administrators also add users.</source>
        <translation>Annotatoren annotieren Bilder, zeichnen Masken und trainieren Kandidatenversionen; Supervisoren prüfen zusätzlich, legen Schwellenwerte fest und aktivieren Versionen; Administratoren fügen zusätzlich Benutzer hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="62"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="64"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="65"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/review/account_dialog.cpp" line="78"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="71"/>
        <source>&amp;Save Plot as PNG...</source>
        <translation>Diagramm als PNG &amp;speichern...</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="95"/>
        <source>Save the histogram, the ROC / PR curves and the metrics as one PNG image</source>
        <translation>Histogramm, ROC-/PR-Kurven und Kennzahlen als ein PNG-Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="99"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="103"/>
        <source>&amp;Threshold:</source>
        <translation>Sch&amp;wellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="163"/>
        <source>Model v%1</source>
        <translation>Modell v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="167"/>
        <source>The project could not be read: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="192"/>
        <source>There is no active model yet: train one to see its scores.</source>
        <translation>Es gibt noch kein aktives Modell: Trainieren Sie eines, um seine Scores zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="193"/>
        <source>The project has no categories yet.</source>
        <translation>Das Projekt hat noch keine Kategorien.</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="207"/>
        <source>The scores could not be read: %1</source>
        <translation>Die Scores konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="276"/>
        <source>Drag the dashed line to set this category&apos;s OK / NG threshold</source>
        <translation>Ziehen Sie die gestrichelte Linie, um den i.O.-/n.i.O.-Schwellenwert dieser Kategorie festzulegen</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="277"/>
        <source>Only a supervisor may change the threshold</source>
        <translation>Nur ein Supervisor darf den Schwellenwert ändern</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="292"/>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="293"/>
        <source>suggested: the highest score of a normal image</source>
        <translation>vorgeschlagen: die höchste Bewertung eines normalen Bildes</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="294"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="295"/>
        <source>set for %1</source>
        <translation>für %1 festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="296"/>
        <source>Threshold %1 (%2): OK %3, NG %4 of %5 scored images. Labelled test images: %6 normal, %7 defective; at this threshold %8 missed defects, %9 false alarms.</source>
        <translation>Schwellenwert %1 (%2): i.O. %3, n.i.O. %4 von %5 bewerteten Bildern. Annotierte Testbilder: %6 normal, %7 fehlerhaft; bei diesem Schwellenwert %8 übersehene Fehler, %9 Fehlalarme.</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="318"/>
        <source>change a threshold</source>
        <translation>einen Schwellenwert ändern</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="334"/>
        <source>There is nothing to save.</source>
        <translation>Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="336"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="339"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="341"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="349"/>
        <source>Save Plot as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../ui/review/analysis_panel.cpp" line="350"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AppSettings</name>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="58"/>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="117"/>
        <source>Choose a TorchScript backbone file.</source>
        <translation>Wählen Sie eine TorchScript-Backbone-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="119"/>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="120"/>
        <source>%1 is a folder, not a backbone file.</source>
        <translation>%1 ist ein Ordner, keine Backbone-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="121"/>
        <source>%1 cannot be read (check its permissions).</source>
        <translation>%1 kann nicht gelesen werden (prüfen Sie die Zugriffsrechte).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="122"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="143"/>
        <source>Threads must be 0 (one per core) or 1 to %1.</source>
        <translation>Threads: 0 (einer pro Kern) oder 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="149"/>
        <source>Epochs must be between %1 and %2.</source>
        <translation>Die Epochen müssen zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="155"/>
        <source>Retrain epochs must be 0 (train from scratch) or 1 to %1.</source>
        <translation>Die Nachtrainings-Epochen müssen 0 (von Grund auf trainieren) oder 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="161"/>
        <source>Patches per image must be 0 (all) or 1 to %1.</source>
        <translation>Patches pro Bild: 0 (alle) oder 1 bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="167"/>
        <source>The input size must be %1 or %2 pixels.</source>
        <translation>Die Eingabegröße muss %1 oder %2 Pixel betragen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="174"/>
        <source>The threshold must be a finite number.</source>
        <translation>Der Schwellenwert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="179"/>
        <source>The user name must not be empty.</source>
        <translation>Der Benutzername darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="199"/>
        <source>Choose a folder of texture images for the pseudo anomalies.</source>
        <translation>Wählen Sie einen Ordner mit Texturbildern für die Pseudo-Anomalien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="201"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="202"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="208"/>
        <source>%1 holds no image (PNG, JPEG, BMP or TIFF), not even in its subfolders.</source>
        <translation>%1 enthält kein Bild (PNG, JPEG, BMP oder TIFF), auch nicht in Unterordnern.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="235"/>
        <source>Unknown compute device.</source>
        <translation>Unbekanntes Rechengerät.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/app_settings.cpp" line="319"/>
        <source>Unknown language.</source>
        <translation>Unbekannte Sprache.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditCsv</name>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="35"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="41"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_csv.cpp" line="44"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogModel</name>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="47"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="48"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="49"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="50"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_model.cpp" line="51"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>dmad::ui::AuditLogView</name>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="41"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="41"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="59"/>
        <source>Filter by user or action</source>
        <translation>Nach Benutzer oder Aktion filtern</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="71"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="123"/>
        <source>Showing the newest %1 of %2 entries.</source>
        <translation>Die neuesten %1 von %2 Einträgen werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="118"/>
        <location filename="../ui/review/audit_log_view.cpp" line="153"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/audit_log_view.cpp" line="174"/>
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="181"/>
        <source>Export Audit Log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/review/audit_log_view.cpp" line="182"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::CategoryAnalysis</name>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="29"/>
        <source>There is no category %1</source>
        <translation>Es gibt keine Kategorie %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="68"/>
        <source>There is no model %1</source>
        <translation>Es gibt kein Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/review/category_analysis.cpp" line="99"/>
        <source>AUROC, AP and F1max need labelled test images of both kinds (here %1 normal, %2 defective).</source>
        <translation>AUROC, AP und F1max brauchen annotierte Testbilder beider Arten (hier %1 normal, %2 fehlerhaft).</translation>
    </message>
</context>
<context>
    <name>dmad::ui::HeatmapController</name>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="60"/>
        <source>Image %1 is not in the project.</source>
        <translation>Bild %1 ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="83"/>
        <source>No model: train one first</source>
        <translation>Kein Modell: erst trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="95"/>
        <location filename="../ui/training/heatmap_controller.cpp" line="116"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/heatmap_controller.cpp" line="160"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageBrowser</name>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="41"/>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="51"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="52"/>
        <source>Unlabelled</source>
        <translation>Nicht annotiert</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="53"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="54"/>
        <source>Defective</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="55"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="56"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="59"/>
        <source>Train and test</source>
        <translation>Training und Test</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="60"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="61"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="67"/>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="68"/>
        <source>Highest score first</source>
        <translation>Höchster Score zuerst</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="69"/>
        <source>Lowest score first</source>
        <translation>Niedrigster Score zuerst</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="70"/>
        <source>NG first, then OK</source>
        <translation>n.i.O. zuerst, dann i.O.</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="73"/>
        <source>Any verdict</source>
        <translation>Jedes Urteil</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="74"/>
        <source>NG</source>
        <translation>n.i.O.</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="75"/>
        <source>OK</source>
        <translation>i.O.</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="76"/>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="77"/>
        <source>OK / NG: the active model&apos;s score against the category&apos;s threshold</source>
        <translation>i.O. / n.i.O.: Score des aktiven Modells gegen den Schwellenwert der Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="80"/>
        <source>Show each thumbnail with its anomaly map (computed with the active model)</source>
        <translation>Jedes Vorschaubild mit seiner Anomaliekarte zeigen (vom aktiven Modell berechnet)</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="249"/>
        <source>All categories (%1)</source>
        <translation>Alle Kategorien (%1)</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="253"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="262"/>
        <source>Any defect type</source>
        <translation>Jede Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_browser.cpp" line="321"/>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageListModel</name>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="19"/>
        <source>unlabelled</source>
        <translation>nicht annotiert</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="20"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="22"/>
        <source>defective</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="23"/>
        <source>defective: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="125"/>
        <source>%1
%2, %3 x %4 px
%5, %6</source>
        <translation>%1
%2, %3 x %4 px
%5, %6</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="129"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="129"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="130"/>
        <source>, reviewed</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="131"/>
        <source>, mask</source>
        <translation>, Maske</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="134"/>
        <source>
score %1 (threshold %2): %3</source>
        <translation>
Score %1 (Schwellenwert %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="137"/>
        <source>NG</source>
        <translation>n.i.O.</translation>
    </message>
    <message>
        <location filename="../ui/browser/image_list_model.cpp" line="137"/>
        <source>OK</source>
        <translation>i.O.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageLoading</name>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="27"/>
        <source>Cannot read the image %1: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="42"/>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="45"/>
        <source>The image %1 is too large for the memory left.</source>
        <translation>Das Bild %1 ist zu groß für den verbleibenden Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="73"/>
        <source>The image %1 is missing (moved or deleted). Use File &gt; Check Files to list all missing files.</source>
        <translation>Das Bild %1 fehlt (verschoben oder gelöscht). Mit Datei &gt; Dateien prüfen werden alle fehlenden Dateien aufgelistet.</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="80"/>
        <source>%1 is %2x%3 pixels now, but was %4x%5 when imported: the file changed.</source>
        <translation>%1 hat jetzt %2x%3 Pixel, beim Import waren es %4x%5: Die Datei wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="93"/>
        <source>The mask %1 is %2x%3 pixels but the image is %4x%5; it is not shown.</source>
        <translation>Die Maske %1 hat %2x%3 Pixel, das Bild aber %4x%5; sie wird nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="111"/>
        <source>Cannot read the mask %1: %2</source>
        <translation>Die Maske %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/main/image_loading.cpp" line="119"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ImageView</name>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="35"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="36"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="37"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/canvas/image_view.cpp" line="39"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Originalgröße (100%)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LabellingActions</name>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="47"/>
        <source>Mark normal</source>
        <translation>Als normal kennzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="48"/>
        <source>Mark defective</source>
        <translation>Als fehlerhaft kennzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="49"/>
        <source>Mark unlabelled</source>
        <translation>Annotation entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="50"/>
        <source>Toggle reviewed</source>
        <translation>Geprüft an/aus</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="51"/>
        <source>Move to the other split</source>
        <translation>In die andere Aufteilung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="120"/>
        <source>New defect type</source>
        <translation>Neue Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="120"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="168"/>
        <source>Relabel a masked image</source>
        <translation>Bild mit Maske neu annotieren</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="169"/>
        <source>%1 has a painted defect mask. Remove the mask and change the label?

(Edit &gt; Undo brings both back.)</source>
        <translation>%1 hat eine gezeichnete Fehlermaske. Die Maske entfernen und die Annotation ändern?

(Bearbeiten &gt; Rückgängig stellt beides wieder her.)</translation>
    </message>
    <message>
        <location filename="../ui/main/labelling_actions.cpp" line="218"/>
        <location filename="../ui/main/labelling_actions.cpp" line="284"/>
        <source>the label of this image</source>
        <translation>die Annotation dieses Bildes</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LoginDialog</name>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="18"/>
        <location filename="../ui/review/login_dialog.cpp" line="33"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/review/login_dialog.cpp" line="40"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>dmad::ui::LossPlot</name>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="8"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="11"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/plots/loss_plot.cpp" line="12"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="31"/>
        <location filename="../ui/main/project_jobs.cpp" line="58"/>
        <source>%n image(s) and </source>
        <translation>
            <numerusform>%n Bild und </numerusform>
            <numerusform>%n Bilder und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="32"/>
        <source>%n mask(s) imported.</source>
        <translation>
            <numerusform>%n Maske importiert.</numerusform>
            <numerusform>%n Masken importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="34"/>
        <source>%n image(s) were already in the project.</source>
        <translation>
            <numerusform>%n Bild war bereits im Projekt.</numerusform>
            <numerusform>%n Bilder waren bereits im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="49"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="20"/>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="25"/>
        <location filename="../ui/main/model_menu.cpp" line="130"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="28"/>
        <source>%1 (set by a supervisor)</source>
        <translation>%1 (von einem Supervisor festgelegt)</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="29"/>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="270"/>
        <location filename="../ui/main/main_window_team.cpp" line="34"/>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="297"/>
        <source>The project is read-only here: you can look, but not change anything.</source>
        <translation>Das Projekt ist hier schreibgeschützt: Sie können es ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="300"/>
        <source>Project recovered</source>
        <translation>Projekt wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="312"/>
        <source>The project could not be created.

%1</source>
        <translation>Das Projekt konnte nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="485"/>
        <source>New project: name a new folder or choose an empty one</source>
        <translation>Neues Projekt: Benennen Sie einen neuen Ordner oder wählen Sie einen leeren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="486"/>
        <source>new-project</source>
        <translation>neues-projekt</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="195"/>
        <source>Building the demo project</source>
        <translation>Aufbau des Demoprojekts</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="200"/>
        <source>The demo project was not built.</source>
        <translation>Das Demoprojekt wurde nicht aufgebaut.</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="117"/>
        <source>Importing %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="128"/>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="56"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="59"/>
        <source>%n mask(s) exported in MVTec AD layout.</source>
        <translation>
            <numerusform>%n Maske im MVTec-AD-Layout exportiert.</numerusform>
            <numerusform>%n Masken im MVTec-AD-Layout exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="62"/>
        <source>%n unlabelled image(s) were left out.</source>
        <translation>
            <numerusform>%n nicht annotiertes Bild wurde ausgelassen.</numerusform>
            <numerusform>%n nicht annotierte Bilder wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="139"/>
        <source>Exporting %1</source>
        <translation>Export von %1</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="143"/>
        <source>The image table was written to %1.</source>
        <translation>Die Bildtabelle wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="153"/>
        <source>Checking the project&apos;s files</source>
        <translation>Prüfung der Projektdateien</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="72"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="74"/>
        <source>All %n image(s) and their masks are in place.</source>
        <translation>
            <numerusform>%n Bild und seine Maske sind vorhanden.</numerusform>
            <numerusform>Alle %n Bilder und ihre Masken sind vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="164"/>
        <source>Backing up the project</source>
        <translation>Sicherung des Projekts</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="169"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Sicherung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/project_jobs.cpp" line="172"/>
        <source>The project was backed up to %1 (the database and %n file(s)).</source>
        <translation>
            <numerusform>Das Projekt wurde nach %1 gesichert (die Datenbank und %n Datei).</numerusform>
            <numerusform>Das Projekt wurde nach %1 gesichert (die Datenbank und %n Dateien).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="183"/>
        <source>Restoring a backup</source>
        <translation>Wiederherstellung einer Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="186"/>
        <source>The backup was restored to %1.</source>
        <translation>Die Sicherung wurde nach %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="273"/>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>Ein anderer Vorgang läuft noch; warten Sie ihn ab oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="285"/>
        <source>%1 failed.

%2</source>
        <translation>%1 ist fehlgeschlagen.

%2</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="287"/>
        <source>%1

Took %2 s.</source>
        <translation>%1

Dauer: %2 s.</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="182"/>
        <source>The mask was not saved; your painting is still on the canvas.

%1</source>
        <translation>Die Maske wurde nicht gespeichert; Ihre Zeichnung ist noch auf der Arbeitsfläche.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="186"/>
        <source>Mask saved</source>
        <translation>Maske gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="218"/>
        <source>Unsaved mask</source>
        <translation>Ungespeicherte Maske</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="219"/>
        <source>The mask of this image has unsaved changes. Save them?</source>
        <translation>Die Maske dieses Bildes hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="100"/>
        <source>Open or create a project first (File menu).</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt (Menü Datei).</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="445"/>
        <source>DMAD Studio</source>
        <translation>DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="475"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
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
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="230"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="46"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="48"/>
        <source>defective</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="49"/>
        <source>unlabelled</source>
        <translation>nicht annotiert</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="51"/>
        <source>, reviewed</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="198"/>
        <source>the mask of %1</source>
        <translation>die Maske von %1</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="232"/>
        <source>Loading the image...</source>
        <translation>Bild wird geladen...</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="236"/>
        <source>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</source>
        <translation>%1  |  %2  |  %3 x %4 px  |  %5  |  %6</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="240"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main/shown_image.cpp" line="241"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="16"/>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="17"/>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="18"/>
        <source>Connect to &amp;Server...</source>
        <translation>Mit Server &amp;verbinden...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="19"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="20"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="21"/>
        <source>Import &amp;MVTec Folder...</source>
        <translation>&amp;MVTec-Ordner importieren...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="22"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="23"/>
        <source>Import Image &amp;Folder...</source>
        <translation>Bild&amp;ordner importieren...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="24"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="25"/>
        <source>&amp;Export MVTec...</source>
        <translation>MVTec-&amp;Export...</translation>
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
        <translation>Projekt in einen Ordner sichern (dort wird ein neuer Ordner &lt;project&gt;-backup-&lt;time&gt; angelegt)</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="249"/>
        <source>Choose the backup folder to restore</source>
        <translation>Wählen Sie den Sicherungsordner, der wiederhergestellt werden soll</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="253"/>
        <source>%1 is not a DMAD Studio backup (it has no %2).</source>
        <translation>%1 ist keine DMAD-Studio-Sicherung (%2 fehlt).</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="259"/>
        <source>Restore into a new project folder</source>
        <translation>In einen neuen Projektordner wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="264"/>
        <source>%1 already exists; choose a new folder.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="27"/>
        <source>Export CS&amp;V...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="29"/>
        <source>C&amp;heck Files</source>
        <translation>&amp;Dateien prüfen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="30"/>
        <source>Sign Ou&amp;t</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="35"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="36"/>
        <source>Mark &amp;Normal</source>
        <translation>Als &amp;normal kennzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="37"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="38"/>
        <source>Mark &amp;Defective</source>
        <translation>Als &amp;fehlerhaft kennzeichnen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="39"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="40"/>
        <source>Mark &amp;Unlabelled</source>
        <translation>Annotation &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="41"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="42"/>
        <source>Toggle &amp;Reviewed</source>
        <translation>&amp;Geprüft an/aus</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="43"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="44"/>
        <source>Move to Train / &amp;Test Split</source>
        <translation>In Trainings- / &amp;Testaufteilung verschieben</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="45"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="46"/>
        <source>&amp;Save Mask</source>
        <translation>Maske &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="47"/>
        <source>New Defect T&amp;ype...</source>
        <translation>Neue Fehler&amp;art...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="48"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="50"/>
        <source>&amp;About DMAD Studio</source>
        <translation>&amp;Über DMAD Studio</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="51"/>
        <source>Ne&amp;xt Image</source>
        <translation>Nä&amp;chstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="52"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="53"/>
        <source>Pre&amp;vious Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="54"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="94"/>
        <source>&amp;Label</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="98"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="106"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="130"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="133"/>
        <source>Mask Tools</source>
        <translation>Maskenwerkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="137"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="24"/>
        <source>Review Queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="25"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="26"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/main/review_docks.cpp" line="58"/>
        <source>Open a project to see this.</source>
        <translation>Öffnen Sie ein Projekt, um dies zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="58"/>
        <source>Retraining...</source>
        <translation>Nachtraining...</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="59"/>
        <source>Training...</source>
        <translation>Training...</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="70"/>
        <source>Training failed.

%1</source>
        <translation>Das Training ist fehlgeschlagen.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="74"/>
        <source>Training cancelled; the active model is unchanged.</source>
        <translation>Training abgebrochen; das aktive Modell ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="91"/>
        <source>Version %1  (%2, %3)</source>
        <translation>Version %1  (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/main/sign_in_flow.cpp" line="100"/>
        <source>User %1 added</source>
        <translation>Benutzer %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="121"/>
        <source>&lt;p&gt;Activate version %1? Per category, the threshold in force now and the one the version suggests:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Category&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;In force&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Suggested by v%1&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;Version %1 aktivieren? Pro Kategorie der jetzt geltende Schwellenwert und der von der Version vorgeschlagene:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Kategorie&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Geltend&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Vorgeschlagen von v%1&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="132"/>
        <source>&lt;/table&gt;&lt;p&gt;After the switch the suggested thresholds apply until you set your own.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;Nach dem Wechsel gelten die vorgeschlagenen Schwellenwerte, bis Sie eigene festlegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="136"/>
        <source>Activate Version</source>
        <translation>Version aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="19"/>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="18"/>
        <source>labeller</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="31"/>
        <source>&amp;Add User...</source>
        <translation>Ben&amp;utzer hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="32"/>
        <source>&amp;Backup Project...</source>
        <translation>Projekt sic&amp;hern...</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="33"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/main/main_actions.cpp" line="34"/>
        <source>&amp;Restore Project...</source>
        <translation>Projekt &amp;wiederherstellen...</translation>
    </message>
    <message>
        <location filename="../ui/main/status_line.cpp" line="61"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window.cpp" line="69"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
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
        <translation>Aktive &amp;Version</translation>
    </message>
    <message>
        <location filename="../ui/main/model_menu.cpp" line="63"/>
        <source>Model version %1 is trained; every image has its score.</source>
        <translation>Modellversion %1 ist trainiert; jedes Bild hat seinen Score.</translation>
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
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="213"/>
        <source>Import a folder in MVTec AD layout</source>
        <translation>Ordner im MVTec-AD-Layout importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="220"/>
        <source>Import a folder of images</source>
        <translation>Bildordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="227"/>
        <source>Export to a folder (MVTec AD layout)</source>
        <translation>In einen Ordner exportieren (MVTec-AD-Layout)</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="234"/>
        <source>Export the image table</source>
        <translation>Bildtabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main/project_jobs.cpp" line="235"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="28"/>
        <source>Connected to %1 over TLS (encrypted).</source>
        <translation>Mit %1 über TLS verbunden (verschlüsselt).</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="29"/>
        <source>Connected to %1 without TLS: the server offers none (or this is its local socket).</source>
        <translation>Mit %1 ohne TLS verbunden: Der Server bietet keines an (oder dies ist sein lokaler Socket).</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="56"/>
        <source>Model version %1 is now active (changed on another station); it is loaded.</source>
        <translation>Modellversion %1 ist jetzt aktiv (an einem anderen Arbeitsplatz geändert); sie ist geladen.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="66"/>
        <source>Training request %1 is queued for the team&apos;s worker.</source>
        <translation>Trainingsauftrag %1 wartet in der Warteschlange auf den Worker des Teams.</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="71"/>
        <source>Worker %1: %2 %3%</source>
        <translation>Worker %1: %2 %3%</translation>
    </message>
    <message>
        <location filename="../ui/main/main_window_team.cpp" line="76"/>
        <source>The worker has trained: %1.</source>
        <translation>Der Worker hat trainiert: %1.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskCanvas</name>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="60"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Polygon Fill</source>
        <translation>P&amp;olygonfüllung</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="61"/>
        <source>&amp;Lasso Fill</source>
        <translation>&amp;Lassofüllung</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="62"/>
        <source>&amp;Flood Fill</source>
        <translation>&amp;Flächenfüllung</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="77"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="79"/>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="90"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="93"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="96"/>
        <source>&amp;Clear Mask</source>
        <translation>Maske &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="98"/>
        <source>Larger Brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="100"/>
        <source>Smaller Brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="432"/>
        <source>Lasso fill</source>
        <translation>Lassofüllung</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="484"/>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="484"/>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_canvas.cpp" line="488"/>
        <source>Polygon fill</source>
        <translation>Polygonfüllung</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MaskDocument</name>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="78"/>
        <location filename="../ui/canvas/mask_document.cpp" line="84"/>
        <location filename="../ui/canvas/mask_document.cpp" line="88"/>
        <source>Cannot write mask %1: %2</source>
        <translation>Die Maske %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="123"/>
        <source>The mask is empty.</source>
        <translation>Die Maske ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="128"/>
        <source>The mask is %1 pixels but the image is %2.</source>
        <translation>Die Maske hat %1 Pixel, das Bild aber %2.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="139"/>
        <location filename="../ui/canvas/mask_document.cpp" line="150"/>
        <source>The mask %1 is %2 pixels but the image is %3.</source>
        <translation>Die Maske %1 hat %2 Pixel, das Bild aber %3.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="144"/>
        <source>Cannot read mask %1: %2</source>
        <translation>Die Maske %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="158"/>
        <source>There is no mask to save.</source>
        <translation>Es gibt keine Maske zum Speichern.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="168"/>
        <source>There is no mask to export.</source>
        <translation>Es gibt keine Maske zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="249"/>
        <source>Flood erase</source>
        <translation>Flächig radieren</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="249"/>
        <source>Flood fill</source>
        <translation>Flächenfüllung</translation>
    </message>
    <message>
        <location filename="../ui/canvas/mask_document.cpp" line="253"/>
        <source>Clear mask</source>
        <translation>Maske leeren</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTable</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="159"/>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="161"/>
        <source>Save Image As...</source>
        <translation>Bild speichern unter...</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="175"/>
        <source>The table could not be rendered.</source>
        <translation>Die Tabelle konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="182"/>
        <location filename="../ui/plots/metrics_table.cpp" line="186"/>
        <source>Save Table</source>
        <translation>Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="182"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="58"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="121"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="122"/>
        <source>Image AUROC %</source>
        <translation>Bild-AUROC %</translation>
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
        <translation>Pixel-AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="126"/>
        <source>PRO %</source>
        <translation>PRO %</translation>
    </message>
    <message>
        <location filename="../ui/plots/metrics_table.cpp" line="127"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
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
        <translation>teilüberwacht</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="97"/>
        <source>unsupervised</source>
        <translation>unüberwacht</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="101"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="109"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="110"/>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="111"/>
        <source>Setting</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="112"/>
        <source>Defects</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="113"/>
        <source>Test AUROC %</source>
        <translation>Test-AUROC %</translation>
    </message>
    <message>
        <location filename="../ui/training/model_versions_model.cpp" line="114"/>
        <source>Active</source>
        <translation>Aktiv</translation>
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
        <translation>Trainingsauftrag %1 wartet noch auf den Worker.</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="31"/>
        <source>The training request could not be queued: %1</source>
        <translation>Der Trainingsauftrag konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="49"/>
        <source>The training request was removed from the queue.</source>
        <translation>Der Trainingsauftrag wurde aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/team/remote_training.cpp" line="61"/>
        <source>The worker could not train: %1</source>
        <translation>Der Worker konnte nicht trainieren: %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueue</name>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="49"/>
        <source>&amp;Unreviewed only</source>
        <translation>Nur &amp;ungeprüfte</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="82"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="129"/>
        <source>&amp;Accept Label</source>
        <translation>Annotation &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="130"/>
        <source>Confirm the labeller&apos;s label and mark the image reviewed</source>
        <translation>Die Annotation des Annotators bestätigen und das Bild als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="132"/>
        <source>Send the image back to the labellers: unlabelled and unreviewed</source>
        <translation>Das Bild an die Annotatoren zurückgeben: nicht annotiert und nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="133"/>
        <source>Accept &amp;Prediction</source>
        <translation>&amp;Vorhersage übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="134"/>
        <source>Label the image as the model&apos;s verdict says (NG: defective, OK: normal)</source>
        <translation>Das Bild nach dem Urteil des Modells annotieren (n.i.O.: fehlerhaft, i.O.: normal)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="135"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="135"/>
        <source>Read the queue from the project again</source>
        <translation>Die Warteschlange erneut aus dem Projekt lesen</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="180"/>
        <source>The categories could not be read: %1</source>
        <translation>Die Kategorien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="208"/>
        <source>Model v%1</source>
        <translation>Modell v%1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="212"/>
        <source>There is no active model yet: train one to fill the review queue.</source>
        <translation>Es gibt noch kein aktives Modell: Trainieren Sie eines, um die Prüfwarteschlange zu füllen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/review_queue.cpp" line="351"/>
        <source>the label of %n selected image(s)</source>
        <translation>
            <numerusform>die Annotation von %n ausgewähltem Bild</numerusform>
            <numerusform>die Annotationen von %n ausgewählten Bildern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="355"/>
        <source>The queue shows the other station&apos;s labels now; nothing was decided.</source>
        <translation>Die Warteschlange zeigt jetzt die Annotationen der anderen Station; es wurde nichts entschieden.</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="200"/>
        <source>The review queue could not be read: %1</source>
        <translation>Die Prüfwarteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="131"/>
        <source>&amp;Reject Label...</source>
        <translation>Annotation &amp;zurückweisen...</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="222"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="235"/>
        <source>Image %1 could not be read: %2</source>
        <translation>Bild %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="266"/>
        <source>Reject Label</source>
        <translation>Annotation zurückweisen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/review_queue.cpp" line="267"/>
        <source>Send %n image(s) back to the labellers? Their labels become &quot;unlabelled&quot;.</source>
        <translation>
            <numerusform>%n Bild an die Annotatoren zurückgeben? Seine Annotation wird „nicht annotiert“.</numerusform>
            <numerusform>%n Bilder an die Annotatoren zurückgeben? Ihre Annotationen werden „nicht annotiert“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue.cpp" line="298"/>
        <source>Supervisors only</source>
        <translation>Nur für Supervisoren</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ReviewQueueModel</name>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="16"/>
        <source>unlabelled</source>
        <translation>nicht annotiert</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="17"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="19"/>
        <source>defective</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="20"/>
        <source>defective (%1)</source>
        <translation>fehlerhaft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="99"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="100"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="101"/>
        <source>Label</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="102"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="103"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="104"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/review/review_queue_model.cpp" line="116"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>dmad::ui::RocPrPlot</name>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="28"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>False-positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="52"/>
        <source>True-positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="53"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="75"/>
        <source>(%1 scores but %2 labels)</source>
        <translation>(%1 Scores, aber %2 Annotationen)</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="131"/>
        <source>ROC  AUROC %1</source>
        <translation>ROC  AUROC %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/roc_pr_plot.cpp" line="132"/>
        <source>Precision-recall  AP %1</source>
        <translation>Precision-Recall  AP %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SavablePlot</name>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="25"/>
        <source>Save Image As...</source>
        <translation>Bild speichern unter...</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="27"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="46"/>
        <source>The plot could not be rendered.</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/plots/png_file.cpp" line="12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="53"/>
        <location filename="../ui/plots/savable_plot.cpp" line="57"/>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../ui/plots/savable_plot.cpp" line="53"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ScoreHistogramPlot</name>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="28"/>
        <source>Image score</source>
        <translation>Bild-Score</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="29"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="100"/>
        <source>Normal (%1)</source>
        <translation>Normal (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="101"/>
        <source>Defective (%1)</source>
        <translation>Fehlerhaft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/plots/score_histogram_plot.cpp" line="120"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ServerConnectDialog</name>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="32"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="36"/>
        <source>server name, address or socket folder</source>
        <translation>Servername, Adresse oder Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="42"/>
        <source>where this station sees the project&apos;s images</source>
        <translation>wo dieser Arbeitsplatz die Bilder des Projekts sieht</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="46"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="47"/>
        <source>Choose the image folder</source>
        <translation>Bildordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="54"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="55"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="59"/>
        <source>&amp;Images on this station:</source>
        <translation>&amp;Bilder auf diesem Arbeitsplatz:</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="64"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="102"/>
        <source>Where this station sees the project&apos;s images</source>
        <translation>Wo dieser Arbeitsplatz die Bilder des Projekts sieht</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="127"/>
        <source>The image folder %1 does not exist on this station.</source>
        <translation>Der Bildordner %1 existiert auf diesem Arbeitsplatz nicht.</translation>
    </message>
    <message>
        <location filename="../ui/team/server_connect_dialog.cpp" line="136"/>
        <source>Could not connect to %1.
%2</source>
        <translation>Keine Verbindung zu %1 möglich.
%2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Session</name>
    <message>
        <location filename="../ui/review/session.cpp" line="20"/>
        <source>Only a supervisor may %1; you are signed in as a labeller.</source>
        <translation>Nur ein Supervisor darf %1; Sie sind als Annotator angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/review/session.cpp" line="21"/>
        <source>Only a supervisor may %1; nobody is signed in.</source>
        <translation>Nur ein Supervisor darf %1; niemand ist angemeldet.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="47"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="50"/>
        <source>&amp;Backbone:</source>
        <translation>&amp;Backbone:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="51"/>
        <source>&amp;Outlier textures:</source>
        <translation>&amp;Ausreißer-Texturen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="55"/>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
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
        <translation>Rechen&amp;gerät:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="60"/>
        <source>&amp;Threads (0 = one per core):</source>
        <translation>&amp;Threads (0 = einer pro Kern):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="61"/>
        <source>&amp;Input detail:</source>
        <translation>E&amp;ingabedetail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="62"/>
        <source>Training &amp;epochs:</source>
        <translation>Trainings&amp;epochen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="63"/>
        <source>&amp;Patches per image (0 = all):</source>
        <translation>&amp;Patches pro Bild (0 = alle):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="64"/>
        <source>&amp;Retrain epochs (0 = from scratch):</source>
        <translation>&amp;Nachtrainings-Epochen (0 = von Grund auf):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="65"/>
        <source>Default image &amp;threshold:</source>
        <translation>Standard-Sch&amp;wellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="67"/>
        <source>Save masks &amp;automatically</source>
        <translation>Masken &amp;automatisch speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="71"/>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="75"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="81"/>
        <source>A new language applies after DMAD Studio restarts.</source>
        <translation>Eine neue Sprache gilt nach dem Neustart von DMAD Studio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="112"/>
        <source>TorchScript file with forward(x) -&gt; (stride-8, stride-16 maps)</source>
        <translation>TorchScript-Datei mit forward(x) -&gt; (Merkmalskarten mit Stride 8 und 16)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="113"/>
        <source>Br&amp;owse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="131"/>
        <source>Standard (%1 x %1 pixels)</source>
        <translation>Standard (%1 x %1 Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="133"/>
        <source>Fine (%1 x %1 pixels, about twice the training time)</source>
        <translation>Fein (%1 x %1 Pixel, etwa doppelte Trainingszeit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="135"/>
        <source>The size images are resized to for the model. Fine finds smaller defects and outlines them better; it applies from the next training, and each model keeps the size it was trained with</source>
        <translation>Die Größe, auf die Bilder für das Modell skaliert werden. Fein findet kleinere Fehler und umreißt sie genauer; es gilt ab dem nächsten Training, und jedes Modell behält die Größe, mit der es trainiert wurde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="145"/>
        <source>Folder of texture images, made into the pseudo anomalies</source>
        <translation>Ordner mit Texturbildern, aus denen die Pseudo-Anomalien entstehen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="146"/>
        <source>Training fuses these textures with normal images to make pseudo anomalies (the abnormal bank M_o); subfolders are searched too</source>
        <translation>Das Training verschmilzt diese Texturen mit normalen Bildern zu Pseudo-Anomalien (die Anomalie-Bank M_o); Unterordner werden mit durchsucht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="148"/>
        <source>Bro&amp;wse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="199"/>
        <source>Choose a backbone</source>
        <translation>Backbone wählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="200"/>
        <source>TorchScript modules (*.pt *.pth *.ts *.ptl);;All files (*)</source>
        <translation>TorchScript-Module (*.pt *.pth *.ts *.ptl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="206"/>
        <source>Choose the outlier textures</source>
        <translation>Ausreißer-Texturen wählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="232"/>
        <source>Checking the backbone...</source>
        <translation>Backbone wird geprüft...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="272"/>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="286"/>
        <source>Enter a number, e.g. %1.</source>
        <translation>Geben Sie eine Zahl ein, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="342"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.cpp" line="342"/>
        <source>Some settings could not be saved:
%1</source>
        <translation>Einige Einstellungen konnten nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>dmad::ui::StartPage</name>
    <message>
        <location filename="../ui/main/start_page.cpp" line="41"/>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="41"/>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="42"/>
        <source>Connect to &amp;Server...</source>
        <translation>Mit Server &amp;verbinden...</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="43"/>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="45"/>
        <source>&lt;h2&gt;Welcome to DMAD Studio&lt;/h2&gt;&lt;p&gt;Label product images, train an anomaly model and review its OK / NG verdicts. Start with a project: a folder that holds its images, masks and models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei DMAD Studio&lt;/h2&gt;&lt;p&gt;Annotieren Sie Produktbilder, trainieren Sie ein Anomaliemodell und prüfen Sie seine i.O.-/n.i.O.-Urteile. Beginnen Sie mit einem Projekt: einem Ordner, der seine Bilder, Masken und Modelle enthält.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="53"/>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt verwendeten Projekte.</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="58"/>
        <source>Open a team&apos;s project on a PostgreSQL server</source>
        <translation>Ein Teamprojekt auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="61"/>
        <source>A small project built from the sample images, to try every step</source>
        <translation>Ein kleines Projekt aus den Beispielbildern, um jeden Schritt auszuprobieren</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="69"/>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Projekte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/start_page.cpp" line="105"/>
        <source>%1 is not there any more (moved or on a drive not connected)</source>
        <translation>%1 ist nicht mehr vorhanden (verschoben oder auf einem nicht verbundenen Laufwerk)</translation>
    </message>
</context>
<context>
    <name>dmad::ui::ToolPanel</name>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="51"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="68"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="70"/>
        <source>Brush diameter in image pixels ([ and ] change it)</source>
        <translation>Pinseldurchmesser in Bildpixeln (mit [ und ] ändern)</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="74"/>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="87"/>
        <source>Flood fill takes neighbouring pixels whose colour differs from the clicked pixel&apos;s by at most this much per channel</source>
        <translation>Die Flächenfüllung erfasst benachbarte Pixel, deren Farbe je Kanal höchstens um diesen Wert vom angeklickten Pixel abweicht</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="89"/>
        <source>Fill tolerance</source>
        <translation>Fülltoleranz</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="94"/>
        <source>Defect type</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="100"/>
        <source>Show mask</source>
        <translation>Maske anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="103"/>
        <source>Mask opacity</source>
        <translation>Maskendeckkraft</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="114"/>
        <source>Show heatmap</source>
        <translation>Heatmap anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="117"/>
        <source>Heatmap opacity</source>
        <translation>Heatmap-Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/canvas/tool_panel.cpp" line="150"/>
        <source>Defect</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingController</name>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="129"/>
        <source>Open a project before training.</source>
        <translation>Öffnen Sie vor dem Training ein Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="137"/>
        <location filename="../ui/training/training_controller.cpp" line="281"/>
        <source>No backbone is chosen: select a TorchScript backbone in the settings.</source>
        <translation>Kein Backbone gewählt: Wählen Sie in den Einstellungen ein TorchScript-Backbone.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="186"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="220"/>
        <source>The trained model could not be recorded in the project: %1</source>
        <translation>Das trainierte Modell konnte nicht im Projekt eingetragen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="237"/>
        <source>Version %1 is a candidate: its scores and heatmaps are shown to you, and it becomes active when a supervisor activates it.</source>
        <translation>Version %1 ist ein Kandidat: Ihnen werden ihre Scores und Heatmaps angezeigt, und sie wird aktiv, sobald ein Supervisor sie aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="263"/>
        <source>Model %1 is not in this project.</source>
        <translation>Modell %1 gehört nicht zu diesem Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_controller.cpp" line="303"/>
        <source>Model version %1 cannot be used: %2</source>
        <translation>Modellversion %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingDock</name>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="36"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="36"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="37"/>
        <source>&amp;Retrain</source>
        <translation>&amp;Nachtrainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="37"/>
        <source>&amp;Cancel Training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="38"/>
        <source>&amp;Switch to This Version</source>
        <translation>Zu dieser Version &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="44"/>
        <source>Train a new model from scratch on every labelled image</source>
        <translation>Ein neues Modell von Grund auf mit allen annotierten Bildern trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="47"/>
        <source>Train a new model, reusing the banks of normal images: only the defects labelled since are new work</source>
        <translation>Ein neues Modell trainieren und die Speicherbänke der normalen Bilder wiederverwenden: Nur die seitdem annotierten Fehler kommen neu hinzu</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="50"/>
        <source>Stop training; the active model and the project stay as they were</source>
        <translation>Training beenden; aktives Modell und Projekt bleiben unverändert</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="52"/>
        <source>Make the selected model version the active one</source>
        <translation>Die ausgewählte Modellversion aktiv setzen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="60"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="81"/>
        <source>Warnings of the last run appear here.</source>
        <translation>Warnungen des letzten Laufs erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_dock.cpp" line="133"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="143"/>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="144"/>
        <source>Extracting features</source>
        <translation>Merkmale extrahieren</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="145"/>
        <source>Normal memory bank</source>
        <translation>Speicherbank für Normales</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="146"/>
        <source>Pseudo anomalies</source>
        <translation>Pseudo-Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="147"/>
        <source>Loading the saved banks</source>
        <translation>Gespeicherte Speicherbänke werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="148"/>
        <source>Nearest neighbours</source>
        <translation>Nächste Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="149"/>
        <source>Saving the banks for the next session</source>
        <translation>Speicherbänke werden für die nächste Sitzung gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="150"/>
        <source>Seen anomalies</source>
        <translation>Bekannte Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="151"/>
        <source>Anomaly neighbours</source>
        <translation>Anomalie-Nachbarn</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="152"/>
        <source>Training the score mapper</source>
        <translation>Score-Mapper trainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="153"/>
        <source>Checking the model on its training images</source>
        <translation>Prüfung des Modells an seinen Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="154"/>
        <source>Finishing the model</source>
        <translation>Modell wird fertiggestellt</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="155"/>
        <source>Saving the model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="156"/>
        <source>Scoring every image</source>
        <translation>Alle Bilder bewerten</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="200"/>
        <source>Retraining…</source>
        <translation>Nachtraining…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="200"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="206"/>
        <source>%1 Estimated time: %2.</source>
        <translation>%1 Geschätzte Dauer: %2.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="218"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="220"/>
        <source>%1: %2; about %3 left in all</source>
        <translation>%1: %2; insgesamt noch etwa %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="227"/>
        <source>Training request %1 is waiting for the team&apos;s worker.</source>
        <translation>Trainingsauftrag %1 wartet auf den Worker des Teams.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="235"/>
        <source>%1 on the worker %2</source>
        <translation>%1 auf dem Worker %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="241"/>
        <source>Trained on the worker</source>
        <translation>Auf dem Worker trainiert</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="242"/>
        <source>The worker has trained: %1.</source>
        <translation>Der Worker hat trainiert: %1.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="254"/>
        <location filename="../ui/training/training_dock.cpp" line="268"/>
        <source>Model v%1 is active</source>
        <translation>Modell v%1 ist aktiv</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="255"/>
        <source>Model v%1 is trained, v%2 stays active</source>
        <translation>Modell v%1 ist trainiert, v%2 bleibt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="256"/>
        <location filename="../ui/training/training_dock.cpp" line="269"/>
        <source>Every image was scored with model v%1.</source>
        <translation>Alle Bilder wurden mit Modell v%1 bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="268"/>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="270"/>
        <source>Label some images normal, then train.</source>
        <translation>Annotieren Sie einige Bilder als normal und trainieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="280"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="288"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/training_dock.cpp" line="289"/>
        <source>Training was cancelled; the active model is unchanged.</source>
        <translation>Das Training wurde abgebrochen; das aktive Modell ist unverändert.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingJob</name>
    <message>
        <location filename="../core/training/training_job.cpp" line="51"/>
        <source>No GPU is available to this build; training runs on the CPU.</source>
        <translation>Diesem Build steht keine GPU zur Verfügung; das Training läuft auf der CPU.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="155"/>
        <source>Train builds every bank from nothing</source>
        <translation>Trainieren baut jede Speicherbank von Grund auf neu</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="156"/>
        <source>this project has no saved banks yet</source>
        <translation>dieses Projekt hat noch keine gespeicherten Speicherbänke</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="157"/>
        <source>the saved banks cannot be read (damaged or of an older version)</source>
        <translation>die gespeicherten Speicherbänke sind nicht lesbar (beschädigt oder von einer älteren Version)</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="158"/>
        <source>the backbone, the input detail or another feature setting changed</source>
        <translation>der Backbone, das Eingabedetail oder eine andere Merkmalseinstellung hat sich geändert</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="159"/>
        <source>the memory bank settings changed</source>
        <translation>die Einstellungen der Speicherbänke haben sich geändert</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="160"/>
        <source>normal training images were added, removed or changed</source>
        <translation>normale Trainingsbilder wurden hinzugefügt, entfernt oder geändert</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="161"/>
        <source>the outlier textures changed</source>
        <translation>die Ausreißer-Texturen haben sich geändert</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="180"/>
        <source>Training was cancelled; nothing was written.</source>
        <translation>Das Training wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="206"/>
        <source>The active model was made with another backbone or input size; image-level defects are located with the normal bank instead (%1).</source>
        <translation>Das aktive Modell wurde mit einem anderen Backbone oder einer anderen Eingabegröße erstellt; Fehler mit Annotation nur auf Bildebene werden stattdessen mit der Speicherbank für Normales lokalisiert (%1).</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="232"/>
        <source>Full rebuild of the features and banks: %1.</source>
        <translation>Vollständiger Neuaufbau der Merkmale und Speicherbänke: %1.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="233"/>
        <source>Reusing the saved banks of normal images: only the new defects are new work.</source>
        <translation>Die gespeicherten Speicherbänke der normalen Bilder werden wiederverwendet: Nur die neuen Fehler kommen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="234"/>
        <source>Reusing the banks of normal images: only the new defects are new work.</source>
        <translation>Die Speicherbänke der normalen Bilder werden wiederverwendet: Nur die neuen Fehler kommen hinzu.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="243"/>
        <source>The banks could not be saved for the next session (it will rebuild them): %1</source>
        <translation>Die Speicherbänke konnten nicht für die nächste Sitzung gespeichert werden (sie baut sie neu auf): %1</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="252"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="296"/>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/training/training_job.cpp" line="298"/>
        <source>%n more image(s) could not be scored.</source>
        <translation>
            <numerusform>%n weiteres Bild konnte nicht bewertet werden.</numerusform>
            <numerusform>%n weitere Bilder konnten nicht bewertet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/training/training_job.cpp" line="328"/>
        <source>The new model ranks its own %1 seen anomalies below its normal training images (AUROC %2, PatchCore %3): it was kept as a candidate and not made active.</source>
        <translation>Das neue Modell bewertet seine eigenen %1 bekannten Anomalien niedriger als seine normalen Trainingsbilder (AUROC %2, PatchCore %3): Es wurde als Kandidat behalten und nicht aktiv gesetzt.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::TrainingSetBuilder</name>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="58"/>
        <source>No folder of outlier textures is set. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>Es ist kein Ordner mit Ausreißer-Texturen eingestellt. Das Training braucht Texturbilder (zum Beispiel die DTD-Texturen) für seine Pseudo-Anomalien: Wählen Sie in den Einstellungen einen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="61"/>
        <source>The folder of outlier textures %1 does not exist. Training needs texture images (for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.</source>
        <translation>Der Ordner mit Ausreißer-Texturen %1 existiert nicht. Das Training braucht Texturbilder (zum Beispiel die DTD-Texturen) für seine Pseudo-Anomalien: Wählen Sie in den Einstellungen einen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="73"/>
        <source>The folder of outlier textures %1 holds no images.</source>
        <translation>Der Ordner mit Ausreißer-Texturen %1 enthält keine Bilder.</translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="104"/>
        <source>%1: its mask was not used (%2)</source>
        <translation>%1: Die Maske wurde nicht verwendet (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/training/training_set_builder.cpp" line="114"/>
        <source>%n defective image(s) of the test split are used for evaluation only; move an image to the train split to train on it.</source>
        <translation>
            <numerusform>%n fehlerhaftes Bild des Testanteils dient nur der Auswertung; verschieben Sie ein Bild in den Trainingsanteil, um damit zu trainieren.</numerusform>
            <numerusform>%n fehlerhafte Bilder des Testanteils dienen nur der Auswertung; verschieben Sie ein Bild in den Trainingsanteil, um damit zu trainieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/training/training_set_builder.cpp" line="118"/>
        <source>No image is labelled normal in the train split: training needs normal images.</source>
        <translation>Im Trainingsanteil ist kein Bild als normal annotiert: Das Training braucht normale Bilder.</translation>
    </message>
</context>
<context>
    <name>dmad::ui::Verdict</name>
    <message>
        <location filename="../ui/review/verdict.cpp" line="8"/>
        <source>NG</source>
        <translation>n.i.O.</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="9"/>
        <source>OK</source>
        <translation>i.O.</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="14"/>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="15"/>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/review/verdict.cpp" line="16"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>dmad::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="24"/>
        <source>Show &amp;heatmap</source>
        <translation>&amp;Heatmap anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="39"/>
        <source>Heatmap opacity</source>
        <translation>Heatmap-Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="42"/>
        <source>Outline the region whose anomaly score is at least this value</source>
        <translation>Den Bereich umranden, dessen Anomalie-Score mindestens diesen Wert hat</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="46"/>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="47"/>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="49"/>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="53"/>
        <source>Contour at:</source>
        <translation>Kontur bei:</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="69"/>
        <location filename="../ui/training/verdict_panel.cpp" line="84"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="130"/>
        <source>NG</source>
        <translation>n.i.O.</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="130"/>
        <source>OK</source>
        <translation>i.O.</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="135"/>
        <source>%1 (this category)</source>
        <translation>%1 (diese Kategorie)</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="136"/>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="137"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="140"/>
        <source>No supervisor has set this category&apos;s threshold yet: it is the highest score the model gives an image labelled normal</source>
        <translation>Für diese Kategorie hat noch kein Supervisor einen Schwellenwert festgelegt: Es gilt die höchste Bewertung, die das Modell einem als normal markierten Bild gibt</translation>
    </message>
    <message>
        <location filename="../ui/training/verdict_panel.cpp" line="149"/>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>DMAD Studio: label product images and review anomaly scores.</source>
        <translation>DMAD Studio: Produktbilder annotieren und Anomalie-Scores prüfen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Open the demo project, building it from the shared data the first time (in the given project folder, else in the user data folder).</source>
        <translation>Das Demoprojekt öffnen; beim ersten Mal wird es aus den gemeinsamen Daten aufgebaut (im angegebenen Projektordner, sonst im Benutzerdatenordner).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Open the project in &lt;folder&gt;.</source>
        <translation>Das Projekt in &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Tests only (needs DMAD_TEST_SIGN_IN=1): sign in as &lt;name&gt; without a password.</source>
        <translation>Nur für Tests (erfordert DMAD_TEST_SIGN_IN=1): ohne Passwort als &lt;Name&gt; anmelden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Tests only: the role of a --user the project does not know yet.</source>
        <translation>Nur für Tests: die Rolle eines --user, den das Projekt noch nicht kennt.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="140"/>
        <source>--user and --role are for the test suites only; sign in with your name and password when the project opens.</source>
        <translation>--user und --role sind nur für die Testsuiten; melden Sie sich beim Öffnen des Projekts mit Ihrem Namen und Passwort an.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="147"/>
        <source>Unknown role &quot;%1&quot;: use labeller, supervisor or administrator.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie labeller, supervisor oder administrator.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="73"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>A project folder (same as --project).</source>
        <translation>Ein Projektordner (wie --project).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="160"/>
        <source>--user needs a name.</source>
        <translation>--user braucht einen Namen.</translation>
    </message>
</context>
</TS>
