export function Checkbox({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="admin-checkbox">
      <label>
        <input type="checkbox" name={name} value="on" defaultChecked={defaultChecked} /> {label}
      </label>
    </div>
  );
}
