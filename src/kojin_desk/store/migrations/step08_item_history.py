"""Step 8: items keep their history (Art. 3(2)). A revision records the name, list and count before and after,
the day it took effect, and — for 目録A/C, Tokyo's statements — the reference of Tokyo's revised notice.

Revisions made before this step changed only the count: they are kept as `legacy`, with the item's present
name and list on both sides."""

SQL = """
    ALTER TABLE inventory_revisions ADD COLUMN old_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN new_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN old_catalog TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN new_catalog TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN effective_on TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN notice_ref TEXT NOT NULL DEFAULT '';
    ALTER TABLE inventory_revisions ADD COLUMN source TEXT NOT NULL DEFAULT 'legacy'
        CHECK (source IN ('legacy', 'tokyo', 'contractor'));
    UPDATE inventory_revisions SET
        old_name = (SELECT name FROM inventory_items i WHERE i.id = item_id),
        new_name = (SELECT name FROM inventory_items i WHERE i.id = item_id),
        old_catalog = (SELECT catalog FROM inventory_items i WHERE i.id = item_id),
        new_catalog = (SELECT catalog FROM inventory_items i WHERE i.id = item_id),
        effective_on = substr(revised_at, 1, 10);
    CREATE INDEX inventory_revisions_by_item ON inventory_revisions (item_id, id);
    """
