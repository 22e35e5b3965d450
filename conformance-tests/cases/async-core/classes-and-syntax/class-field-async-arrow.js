// An async arrow stored in a class field stays bound to the instance when detached.
class Button {
  label = 'ok';
  onClick = async () => {
    await null;
    return 'clicked ' + this.label;
  };
}
const b = new Button();
const detached = b.onClick;
b.label = 'changed';
detached().then(console.log);
